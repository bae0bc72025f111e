package org.oneform.sync.dedup.normal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressParserTest {

    @Test
    void splitsAFullAddressIntoItsComponents() {
        Address a = AddressParser.parse("浙江省杭州市一张表示范区清河街道春晖社区春晖苑3栋2单元501室");

        assertThat(a).isNotNull();
        assertThat(a.district()).isEqualTo("一张表示范区");
        assertThat(a.street()).isEqualTo("清河");
        assertThat(a.community()).isEqualTo("春晖");
        assertThat(a.estate()).isEqualTo("春晖苑");
        assertThat(a.building()).isEqualTo("3");
        assertThat(a.unit()).isEqualTo("2");
        assertThat(a.room()).isEqualTo("501");
    }

    @ParameterizedTest
    @ValueSource(strings = {"春晖苑3栋2单元501室", "春晖苑3幢2单元501", "春晖苑3号楼2单元5-01", "春晖苑3号2单元5楼01",
        "春晖苑三栋二单元501室", "春晖苑３栋２单元５０１", "清河街道春晖苑3-2-501", "春晖苑小区3栋2单元501",
        "一张表示范区清河街道春晖社区春晖苑 3 栋 2 单元 501 室", "春晖苑3栋2单元5－01"})
    void variantsOfOneDwellingShareItsKey(String raw) {
        assertThat(AddressParser.parse(raw).dwellingKey()).isEqualTo("春晖苑|3|2|501");
    }

    @Test
    void twoDigitFloorsAndChineseTensAreRead() {
        assertThat(AddressParser.parse("望江公寓二十三栋4单元12楼03").dwellingKey()).isEqualTo("望江公寓|23|4|1203");
        assertThat(AddressParser.parse("望江公寓十五幢1单元1803").dwellingKey()).isEqualTo("望江公寓|15|1|1803");
    }

    @Test
    void anEstateAloneHasNoDwellingButKeepsItsEstate() {
        Address a = AddressParser.parse("清河街道朝阳新村");

        assertThat(a.estate()).isEqualTo("朝阳新村");
        assertThat(a.hasDwelling()).isFalse();
        assertThat(a.dwellingKey()).isEmpty();
    }

    @Test
    void aSmallDistrictWordInsideAnEstateNameIsNotADistrict() {
        assertThat(AddressParser.parse("和平小区7号3单元1104").estate()).isEqualTo("和平");
        assertThat(AddressParser.parse("和平小区7号3单元1104").district()).isEmpty();
    }

    @Test
    void blankIsNothing() {
        assertThat(AddressParser.parse("  ")).isNull();
        assertThat(AddressParser.parse(null)).isNull();
    }
}
