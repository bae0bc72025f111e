package org.oneform.app.demo;

import java.util.List;

import org.oneform.forms.department.Department;
import org.oneform.forms.department.DepartmentCode;

/** The eleven departments that send grid workers their forms today (DESIGN.md §1). */
final class DemoDepartments {

    private DemoDepartments() {
    }

    static List<Department> all() {
        return List.of(
                department("civil-affairs", "民政局", "Civil Affairs Bureau"),
                department("health", "卫生健康委员会", "Health Commission"),
                department("public-security", "公安分局", "Public Security Bureau"),
                department("human-resources", "人力资源和社会保障局", "Human Resources and Social Security Bureau"),
                department("disabled-persons", "残疾人联合会", "Disabled Persons' Federation"),
                department("emergency", "应急管理局", "Emergency Management Bureau"),
                department("housing", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau"),
                department("market-regulation", "市场监督管理局", "Market Regulation Administration"),
                department("veterans", "退役军人事务局", "Veterans Affairs Bureau"),
                department("statistics", "统计局", "Statistics Bureau"),
                department("fire-rescue", "消防救援大队", "Fire and Rescue Brigade"));
    }

    private static Department department(String code, String nameZh, String nameEn) {
        return new Department(new DepartmentCode(code), nameZh, nameEn);
    }
}
