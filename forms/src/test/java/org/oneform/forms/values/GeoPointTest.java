package org.oneform.forms.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static String value(Object raw) {
        return GeoPoint.parse(raw).toOptional().map(GeoPoint::value).orElse("invalid");
    }

    private static Map<String, Object> point(Object lat, Object lon, Object accuracy) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lat", lat);
        p.put("lon", lon);
        p.put("accuracy", accuracy);
        return p;
    }

    @Test
    void theContractsObjectBecomesTheStoredText() {
        assertThat(value(point(30.2741, 120.1551, 8.5))).isEqualTo("30.2741 120.1551");
        assertThat(value(point(30, 120, 0))).isEqualTo("30 120");
        assertThat(value(point(30.0, 120.10, null))).isEqualTo("30 120.1");
        assertThat(value(Map.of("lat", -33.8688, "lon", 151.2093))).isEqualTo("-33.8688 151.2093");
        assertThat(value(point(new BigDecimal("30.27410"), BigInteger.valueOf(120), 3L))).isEqualTo("30.2741 120");
        assertThat(value(point(1.0E-7, -0.0, 1))).isEqualTo("0.0000001 0");
        assertThat(value(point(90, -180, 1))).isEqualTo("90 -180");
    }

    @Test
    void everyFormAcceptedBeforeStillParsesAndTheStoredTextParsesToItself() {
        assertThat(value("30.2741 120.1551")).isEqualTo("30.2741 120.1551");
        assertThat(value(" 30.27410,120.15510 ")).isEqualTo("30.2741 120.1551");
        assertThat(value("30.2741 120.1551 12.0 5")).isEqualTo("30.2741 120.1551");
        assertThat(value(List.of(30.2741, 120.1551))).isEqualTo("30.2741 120.1551");
        assertThat(value(List.of("30.2741", "120.1551", "4"))).isEqualTo("30.2741 120.1551");
        for (String stored : List.of("30.270 120.150", "0 0", "-90 180", "30.2741 120.1551")) {
            String once = value(stored);
            assertThat(value(once)).isEqualTo(once);
        }
    }

    @Test
    void outOfRangeNonNumbersNaNAndStrangeShapesAreRejectedWithTheGpsCode() {
        Map<String, Object> extra = new HashMap<>(point(30, 120, 5));
        extra.put("altitude", 12);
        for (Object bad : Arrays.asList(point(90.0001, 120, 5), point(30, 180.5, 5), point(-91, 0, null),
                point("30.27", 120, 5), point(30, "120", 5), point(30, 120, "5"), point(30, 120, -1),
                point(Double.NaN, 120, 5), point(30, Double.POSITIVE_INFINITY, 5), point(30, 120, Double.NaN),
                point(true, 120, 5), point(null, 120, 5), Map.of("lat", 30), Map.of(), extra,
                "30.27", "north", "30 120 1 2 3", "NaN NaN", List.of(30), List.of(30, 120, "x"), 42, null)) {
            assertThat(GeoPoint.parse(bad)).as("%s", bad).isEqualTo(new Parsed.Invalid<GeoPoint>(GeoPoint.INVALID));
        }
    }
}
