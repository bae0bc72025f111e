package org.oneform.app.requests;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.xlsform.XlsFormImporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The XLSForm importer over the application's catalog and requests (docs/decisions/0019). */
@Configuration(proxyBeanMethods = false)
class XlsFormImports {

    @Bean
    XlsFormImporter xlsFormImporter(Catalog catalog, FieldRequests requests) {
        return new XlsFormImporter(catalog, requests);
    }
}
