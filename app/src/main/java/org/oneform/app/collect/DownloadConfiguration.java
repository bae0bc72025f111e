package org.oneform.app.collect;

import java.time.Clock;

import org.oneform.app.storage.SecretKeys;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.Returns;
import org.oneform.sync.roster.RosterLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collector's download: signed cursors under their own key, and the pages. */
@Configuration(proxyBeanMethods = false)
class DownloadConfiguration {

    @Bean
    DownloadCursors downloadCursors(SecretKeys keys, @Value("${oneform.collect.cursor-key:}") String configuredKey) {
        return new DownloadCursors(keys.key("download-cursors", configuredKey));
    }

    @Bean
    Downloads downloads(Registry registry, RosterLog roster, Returns returns, FormVersions forms, DownloadCursors cursors,
                        Clock clock, org.oneform.app.accounts.Accounts accounts) {
        return new Downloads(registry, roster, returns, forms, cursors, clock, username -> accounts.find(username)
                .map(org.oneform.app.accounts.Account::displayName).orElse(username));
    }
}
