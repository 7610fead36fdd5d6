package cn.districtbudget.ui.security;

import java.net.InetAddress;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** The demo, with its known passwords, answers on 127.0.0.1 only, whatever {@code server.address} says. */
@Component
public class LoopbackOnlyDemo implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private final DemoMode demo;

    public LoopbackOnlyDemo(DemoMode demo) {
        this.demo = demo;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (demo.enabled()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
        }
    }
}
