package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OneEditTest {

    @Test
    void anIdNumberHasEverySubstitutionTheCheckXAndEveryNeighbourSwap() {
        String id = "330110198501012316";
        List<String> variants = OneEdit.idNumber(id);
        assertThat(variants).doesNotContain(id).doesNotHaveDuplicates()
                .contains("330110198501012317", "430110198501012316", "33011019850101231X", "303110198501012316",
                        "330110198501012361")
                .allMatch(v -> v.length() == 18 && differsByOneEdit(id, v));
        // 18 × 9 substitutions + X + swaps of unequal neighbours (15 here)
        assertThat(variants).hasSize(18 * 9 + 1 + 15);
    }

    @Test
    void anXCheckCharacterBecomesEachDigit() {
        assertThat(OneEdit.idNumber("33011019600101555X")).contains("330110196001015550", "330110196001015559")
                .doesNotContain("33011019600101555X");
    }

    @Test
    void aPhoneHasNoX() {
        List<String> variants = OneEdit.digits("13812345678");
        assertThat(variants).hasSize(11 * 9 + 10).allMatch(v -> v.chars().allMatch(Character::isDigit))
                .contains("18312345678", "13812345679");
    }

    private static boolean differsByOneEdit(String a, String b) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        return count == 1 || count == 2 && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }
}
