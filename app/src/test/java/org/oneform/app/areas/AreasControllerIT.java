package org.oneform.app.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

class AreasControllerIT extends OneFormIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aGridWorkerGetsTheirGridWithItsPath() throws Exception {
        var response = mvc.perform(get("/api/areas/v1/mine").with(user(users.loadUserByUsername("worker01"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$.role")).isEqualTo("GRID_WORKER");
        assertThat(JsonPath.<Integer>read(json, "$.areas.length()")).isEqualTo(1);
        assertThat(JsonPath.<String>read(json, "$.areas[0].level")).isEqualTo("GRID");
        assertThat(JsonPath.<String>read(json, "$.areas[0].id")).startsWith(JsonPath.<String>read(json, "$.areas[0].parent") + ".");
        assertThat(JsonPath.<java.util.List<String>>read(json, "$.areas[0].path")).hasSize(4);
    }

    @Test
    void aSupervisorGetsTheirStreetAndAnonymousGetsNothing() throws Exception {
        String json = mvc.perform(get("/api/areas/v1/mine").with(user(users.loadUserByUsername("supervisor1"))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(json, "$.areas[0].level")).isEqualTo("STREET");
        var anonymous = mvc.perform(get("/api/areas/v1/mine")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsString()).doesNotContain("areas");
    }
}
