package cn.districtbudget.data.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded H2 file database (README's first command), made durable and private before anything uses it:
 * <ul>
 *   <li>{@code SET WRITE_DELAY 0} (persistent in the database): H2 2.3's MVStore then writes every commit to the
 *       file before the commit returns (with the default 500 ms a {@code kill -9} lost imports already reported as
 *       stored). The write is not fsynced: a commit survives a crash of the process, not a power cut of the machine
 *       (run {@code CHECKPOINT SYNC} or use PostgreSQL for that).</li>
 *   <li>POSIX permissions: a missing data directory is created {@code rwx------}; an existing one is tightened to that
 *       unless it is the working or home directory; the database's files ({@code budget.mv.db}, {@code .trace.db},
 *       ...) are made {@code rw-------}. On a file system without POSIX permissions nothing is changed.</li>
 * </ul>
 * PostgreSQL and in-memory H2 URLs are left alone.
 */
@Configuration(proxyBeanMethods = false)
public class H2FileDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(H2FileDatabase.class);
    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    @Bean
    static BeanPostProcessor budgetH2FileDatabase() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari) {
                    Path database = databasePath(hikari.getJdbcUrl());
                    if (database != null) {
                        privateDirectory(database.toAbsolutePath().getParent());
                    }
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari) {
                    Path database = databasePath(hikari.getJdbcUrl());
                    if (database != null) {
                        durableCommits(hikari);
                        privateFiles(database.toAbsolutePath());
                    }
                }
                return bean;
            }
        };
    }

    /** The database path of an embedded H2 file URL ({@code jdbc:h2:file:./data/budget;...}), else null. */
    static Path databasePath(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")) {
            return null;
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return rest.isBlank() ? null : Path.of(rest);
    }

    /** Writes every commit before it returns (see the class comment). */
    static void durableCommits(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new IllegalStateException("无法设置 H2 数据库的即时写入（SET WRITE_DELAY 0）：" + e.getMessage(), e);
        }
    }

    static void privateDirectory(Path directory) {
        if (!posix(directory)) {
            return;
        }
        try {
            if (!Files.exists(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                Files.setPosixFilePermissions(directory, OWNER_DIRECTORY); // whatever the umask
                return;
            }
            Path working = Path.of("").toAbsolutePath();
            Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
            if (!directory.equals(working) && !directory.equals(home)
                    && !Files.getPosixFilePermissions(directory).equals(OWNER_DIRECTORY)) {
                Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
                LOG.info("Data directory {} made accessible to its owner only (rwx------)", directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建或保护数据目录 " + directory + "：" + e.getMessage(), e);
        }
    }

    static void privateFiles(Path database) {
        Path directory = database.getParent();
        if (!posix(directory) || !Files.isDirectory(directory)) {
            return;
        }
        String prefix = database.getFileName() + ".";
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith(prefix) && Files.isRegularFile(file)
                        && !Files.getPosixFilePermissions(file).equals(OWNER_FILE)) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保护数据库文件 " + database + "：" + e.getMessage(), e);
        }
    }

    private static boolean posix(Path path) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
