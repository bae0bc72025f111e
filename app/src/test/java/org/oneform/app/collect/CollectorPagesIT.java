package org.oneform.app.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.ServletException;

/**
 * The collector's shell ({@code /collect} and its client-side routes) is open without a session, so the service
 * worker can precache it before anybody signs in and a worker can open it offline; the back office's Flow pages
 * still send anonymous users to sign-in (docs/decisions/0022-collector-precache.md).
 */
class CollectorPagesIT extends OneFormIntegrationTest {

    @Autowired
    MockMvc mvc;

    /**
     * MockMvc has no Vaadin servlet: a request the security chain lets through reaches Spring's forward to it and
     * fails there ("No servlet with name 'springServlet'"); a refused one is answered by the chain (302 / 401).
     * The shell itself is served in the offline e2e journey (CollectorOfflineJourneyIT).
     */
    @Test
    void collectorPagesAreOpenToAnonymousUsers() throws Exception {
        for (String path : List.of("/collect", "/collect/", "/collect/signin", "/collect/fill/6f1c1d0e-1f7b-4a55-9a55-7f1b2c3d4e5f")) {
            try {
                MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
                assertThat(response.getStatus()).as(path).isNotIn(301, 302, 401, 403);
                assertThat(response.getRedirectedUrl()).as(path).isNull();
            } catch (ServletException forwarded) {
                assertThat(forwarded).as(path).hasMessageContaining("springServlet");
            }
        }
    }

    @Test
    void flowPagesStillNeedASignIn() throws Exception {
        for (String path : List.of("/", "/worker", "/admin", "/collector", "/collectX")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
    }

    @Test
    void theSyncApiStillWantsADeviceToken() throws Exception {
        assertThat(mvc.perform(get("/api/sync/v1/download")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
