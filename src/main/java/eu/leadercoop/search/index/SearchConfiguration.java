package eu.leadercoop.search.index;

import eu.leadercoop.search.Thesaurus;
import eu.leadercoop.search.analysis.ElasticsearchAnalysis;
import eu.leadercoop.search.analysis.LuceneAnalysis;
import java.nio.file.Path;
import org.apache.lucene.util.Version;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Hibernate Search its settings: the backend, our mapping and analyzers, and for the embedded
 * backend the index folder {@code ${leadercoop.data-dir}/index}. Anything set explicitly under
 * {@code spring.jpa.properties.hibernate.search.*} wins over these defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    /** The LEADER thesaurus shipped with the application; a file that is not right stops the start. */
    @Bean
    Thesaurus thesaurus() {
        return Thesaurus.load();
    }

    @Bean
    EuroRates euroRates(SearchSettings settings) {
        return new EuroRates(settings.euroRates());
    }

    /**
     * {@code leadercoop.search.index-dir}, by default {@code ${leadercoop.data-dir}/index}. Two
     * applications on different databases (or schemas) need different folders: Lucene locks its index.
     */
    @Bean
    IndexLocation indexLocation(@Value("${leadercoop.search.index-dir:${leadercoop.data-dir}/index}") String indexDir) {
        return new IndexLocation(Path.of(indexDir).toAbsolutePath().normalize());
    }

    @Bean
    HibernatePropertiesCustomizer searchProperties(SearchSettings settings, EuroRates rates, IndexLocation location,
            Thesaurus thesaurus) {
        return properties -> {
            properties.putIfAbsent("hibernate.search.backend.type", settings.backend());
            properties.putIfAbsent("hibernate.search.mapping.configurer", new SearchMapping(rates, thesaurus, !settings.embedded()));
            // The mapping is programmatic only: no need to scan the classpath for annotations.
            properties.putIfAbsent("hibernate.search.mapping.process_annotations", "false");
            if (settings.embedded()) {
                properties.putIfAbsent("hibernate.search.backend.directory.root", location.root().toString());
                properties.putIfAbsent("hibernate.search.backend.lucene_version", Version.LATEST.toString());
                properties.putIfAbsent("hibernate.search.backend.analysis.configurer", new LuceneAnalysis());
                // Indexing on commit (write-sync, the default) commits every transaction itself; only the
                // rebuild (and the async strategy) leaves commits to this interval. At the default
                // second, a rebuild wrote a small segment every second and spent its time merging them;
                // now segments are flushed when the writer's buffer (128 MB instead of 16) is full: fewer,
                // larger segments, less merging. A rebuild fills two writers' buffers at once (projects and
                // events); everyday commits flush long before the buffer fills.
                properties.putIfAbsent("hibernate.search.backend.io.commit_interval", "60000");
                properties.putIfAbsent("hibernate.search.backend.io.writer.ram_buffer_size", "128");
            } else {
                properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
                        new ElasticsearchAnalysis(settings.elasticsearchFolding()));
            }
        };
    }
}
