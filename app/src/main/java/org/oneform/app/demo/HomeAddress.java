package org.oneform.app.demo;

import java.util.Comparator;

/** A structured home address: estate (小区), building (栋), unit (单元), room (室, floor and door: 1502). */
record HomeAddress(String estate, int building, int unit, int floor, int door) {

    static final Comparator<HomeAddress> WALKING_ORDER = Comparator.comparing(HomeAddress::estate)
            .thenComparingInt(HomeAddress::building).thenComparingInt(HomeAddress::unit)
            .thenComparingInt(HomeAddress::floor).thenComparingInt(HomeAddress::door);

    String room() {
        return Integer.toString(floor * 100 + door);
    }

    /** {@code 清河家园3栋2单元1502室} */
    String text() {
        return estate + building + "栋" + unit + "单元" + room() + "室";
    }
}
