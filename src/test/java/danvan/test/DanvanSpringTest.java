package danvan.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test database (H2 in memory, or PostgreSQL when DANVAN_TEST_POSTGRES is
 * set), with the demo data and MockMvc. Tagged {@code db}: these tests run on both databases. Every test
 * class using it shares one Spring context, so tests create their own records with unique codes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("db")
public @interface DanvanSpringTest {

}
