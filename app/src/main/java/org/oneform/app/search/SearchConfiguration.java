package org.oneform.app.search;

import org.oneform.app.storage.DataDirectory;
import org.oneform.app.storage.SecretKeys;
import org.oneform.sync.search.RegistryIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the registry index in {@code <data-dir>/lucene} with the installation's term key. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    RegistryIndex registryIndex(DataDirectory dataDirectory, SecretKeys keys,
                                @Value("${oneform.search.term-key:}") String configuredKey) {
        return RegistryIndex.open(dataDirectory.lucene(), keys.key("search-terms", configuredKey));
    }
}
