package cn.districtbudget.ui.shell;

import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.RegionSummary;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationSelectionTest {

    private final AtomicInteger regionQueries = new AtomicInteger();
    private final AtomicInteger yearQueries = new AtomicInteger();

    private final DashboardQueries queries = (DashboardQueries) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{DashboardQueries.class}, (proxy, method, args) -> switch (method.getName()) {
                case "regions" -> {
                    regionQueries.incrementAndGet();
                    yield List.of(new RegionSummary(7L, "山海关区", null, "秦皇岛市", "山海关区", false, 2));
                }
                case "years" -> {
                    yearQueries.incrementAndGet();
                    yield List.of(2018, 2019);
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final NavigationSelection selection = new NavigationSelection(queries);

    @Test
    void oneNavigationQueriesRegionsAndYearsOnceForTheLayoutAndItsView() {
        QueryParameters parameters = QueryParameters.simple(java.util.Map.of("region", "7", "year", "2018"));
        Selection byLayout = selection.refresh(parameters);
        Selection byView = selection.of(parameters);
        Selection bySelectors = selection.of(QueryParameters.simple(java.util.Map.of("region", "7", "year", "2018")));

        assertThat(byView).isSameAs(byLayout).isSameAs(bySelectors);
        assertThat(byView.year()).isEqualTo(2018);
        assertThat(regionQueries).hasValue(1);
        assertThat(yearQueries).hasValue(1);
    }

    @Test
    void theNextNavigationResolvesAfreshSoNewImportsShow() {
        QueryParameters parameters = QueryParameters.empty();
        selection.refresh(parameters);
        selection.refresh(parameters);
        assertThat(regionQueries).hasValue(2);
    }

    @Test
    void otherParametersAreResolvedForThemselves() {
        selection.refresh(QueryParameters.empty());
        Selection other = selection.of(QueryParameters.simple(java.util.Map.of("year", "2018")));
        assertThat(other.year()).isEqualTo(2018);
        assertThat(regionQueries).hasValue(2);
    }
}
