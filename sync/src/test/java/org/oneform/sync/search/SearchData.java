package org.oneform.sync.search;

import static org.oneform.sync.search.Records.GRID_1;
import static org.oneform.sync.search.Records.GRID_2;
import static org.oneform.sync.search.Records.GRID_3;
import static org.oneform.sync.search.Records.household;
import static org.oneform.sync.search.Records.place;
import static org.oneform.sync.search.Records.resident;

import java.util.List;

import org.oneform.sync.registry.GoldenRecord;

/**
 * The small seeded data set: homophones 张伟/章伟, the polyphonic 长 in 杨长青, a longer 张伟明, a
 * second 张伟 in another street, ü in 吕丽, two households and a place on 清河家园 in street 1 and a
 * household there in street 2.
 */
final class SearchData {

    static final List<GoldenRecord> ALL = List.of(
            resident("R1", GRID_1, "张伟", "330110198501012316", "13812345678"),
            resident("R2", GRID_1, "章伟", "330110198703150021", "13900001111"),
            resident("R3", GRID_2, "杨长青", "33011019600101555X", "13700002222"),
            resident("R4", GRID_2, "张伟明", "330110199002020037", "13600003333"),
            resident("R5", GRID_1, "王芳", "330110199212120048", "13500005678"),
            resident("R6", GRID_3, "张伟", "330110198501019999", "13800009999"),
            resident("R7", GRID_1, "吕丽", "330110199505050062", "13300004444"),
            household("H1", GRID_1, "张伟", "杭州市余杭区清河家园3栋2单元501室", "清河家园", "3", "2", "501"),
            household("H2", GRID_1, "王芳", "杭州市余杭区清河家园5栋1单元101室", "清河家园", "5", "1", "101"),
            household("H3", GRID_3, "李强", "杭州市余杭区清河家园3栋1单元301室", "清河家园", "3", "1", "301"),
            place("P1", GRID_1, "清河便民超市", "杭州市余杭区清河家园3栋底商", "0571-88881234"),
            place("P2", GRID_2, "阳光幼儿园", "杭州市余杭区文一西路100号", "13100005555"));

    private SearchData() {
    }
}
