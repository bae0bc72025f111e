package org.oneform.forms.request;

import static org.oneform.forms.catalog.SubjectType.HOUSEHOLD;
import static org.oneform.forms.catalog.SubjectType.PLACE;
import static org.oneform.forms.catalog.SubjectType.RESIDENT;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;

/**
 * The demo city's approved field requests: what the eleven departments ask grid workers today, with the heavy
 * overlap of real department forms (name, ID number, phone, address and household members asked by nearly
 * all), each with its legal basis, population and refresh interval. Field ids are those of
 * {@link org.oneform.forms.catalog.DemoCatalog}.
 */
public final class DemoRequests {

    private static final String AGE = "age(${resident.birth_date})";

    /** Who a resident is: what nearly every department's form starts with. */
    private static final List<String> IDENTITY = List.of("resident.name", "resident.gender", "resident.birth_date",
            "resident.id_number", "resident.ethnicity", "resident.phone", "resident.household_id",
            "resident.relation_to_head");
    /** Where a household lives. */
    private static final List<String> ADDRESS = List.of("household.address", "household.address_estate",
            "household.address_building", "household.address_unit", "household.address_room");
    /** Who a place is. */
    private static final List<String> PLACE_IDENTITY = List.of("place.name", "place.type", "place.address",
            "place.location", "place.contact_name", "place.contact_phone", "place.credit_code");

    private DemoRequests() {
    }

    /** Every demo request's content, department by department. */
    public static List<RequestContent> contents() {
        List<RequestContent> all = new ArrayList<>();
        civilAffairs(all);
        health(all);
        publicSecurity(all);
        humanResources(all);
        disabledPersons(all);
        emergency(all);
        housing(all);
        marketRegulation(all);
        veterans(all);
        statistics(all);
        fireRescue(all);
        return List.copyOf(all);
    }

    /** Creates, submits and approves every demo request; the approved requests, in order. */
    public static List<FieldRequest> seed(FieldRequests requests, Actor admin) {
        List<FieldRequest> approved = new ArrayList<>();
        for (RequestContent content : contents()) {
            // the demo city names each department account after its department code
            Actor staff = Actor.staff(content.department().value(), content.department());
            FieldRequest draft = requests.create(staff, content);
            requests.submit(staff, draft.id(), "演示数据");
            approved.add(requests.approve(admin, draft.id(), "演示数据"));
        }
        return approved;
    }

    private static void civilAffairs(List<RequestContent> all) {
        String d = "civil-affairs";
        all.add(req(d, RESIDENT, "依据《社会救助暂行办法》《最低生活保障审核确认办法》，掌握辖区居民基本情况和社会救助对象，开展动态管理。",
                "", "P365D", IDENTITY, "resident.marital_status", "resident.hukou_type", "resident.residence_status",
                "resident.self_care", "resident.assistance_status", "resident.dibao_certificate", "resident.monthly_income",
                "resident.child_status", "resident.guardian_name", "resident.guardian_phone", "resident.emergency_contact_name",
                "resident.emergency_contact_phone"));
        all.add(req(d, RESIDENT, "依据《中华人民共和国老年人权益保障法》及高龄津贴、特殊困难老年人探访关爱制度，摸排60周岁以上老年人居住和照护情况。",
                AGE + " >= 60", "P180D", List.of("resident.lives_alone", "resident.empty_nest", "resident.elderly_care_need",
                        "resident.old_age_allowance", "resident.receives_pension", "resident.chronic_diseases")));
        all.add(req(d, HOUSEHOLD, "依据《社会救助暂行办法》，核对申请和享受救助家庭的人口、住房和收入状况。",
                "", "P365D", ADDRESS, "household.head_name", "household.head_id_number", "household.head_phone",
                "household.member_count", "household.members", "household.housing_type", "household.floor_area",
                "household.area_per_person", "household.annual_income", "household.dibao", "household.dibao_amount",
                "household.vehicle_count"));
    }

    private static void health(List<RequestContent> all) {
        String d = "health";
        all.add(req(d, RESIDENT, "依据《中华人民共和国基本医疗卫生与健康促进法》和《国家基本公共卫生服务规范》，建立居民健康档案，开展慢病管理和家庭医生签约服务。",
                "", "P365D", IDENTITY, "resident.marital_status", "resident.education", "resident.hukou_type",
                "resident.residence_status", "resident.medical_insurance", "resident.chronic_diseases",
                "resident.family_doctor_signed", "resident.self_care", "resident.disability", "resident.emergency_contact_name",
                "resident.emergency_contact_phone"));
        all.add(req(d, RESIDENT, "依据《国家基本公共卫生服务规范》老年人健康管理服务，组织65周岁以上老年人年度体检。",
                AGE + " >= 65", "P365D", List.of("resident.elderly_health_check", "resident.lives_alone")));
        all.add(req(d, RESIDENT, "依据《中华人民共和国母婴保健法》，对育龄妇女开展孕产期保健管理。",
                "${resident.gender} = 'female' and " + AGE + " >= 15 and " + AGE + " <= 49", "P90D",
                List.of("resident.pregnant", "resident.expected_delivery_date", "resident.prenatal_record")));
        all.add(req(d, RESIDENT, "依据《中华人民共和国疫苗管理法》，核查适龄儿童预防接种情况。",
                AGE + " < 7", "P180D", List.of("resident.vaccination_complete", "resident.vaccination_certificate",
                        "resident.guardian_name", "resident.guardian_phone")));
        all.add(req(d, PLACE, "依据《公共场所卫生管理条例》《中华人民共和国基本医疗卫生与健康促进法》，掌握公共场所和医疗机构卫生许可情况。",
                "selected('hotel internet_cafe clinic pharmacy', ${place.type})", "P365D", PLACE_IDENTITY,
                "place.hygiene_licence", "place.medical_licence", "place.health_certificates", "place.employee_count"));
    }

    private static void publicSecurity(List<RequestContent> all) {
        String d = "public-security";
        all.add(req(d, RESIDENT, "依据《中华人民共和国户口登记条例》《居住证暂行条例》，开展实有人口登记和流动人口居住登记。",
                "", "P180D", IDENTITY, "resident.former_name", "resident.marital_status", "resident.education",
                "resident.political_status", "resident.hukou_type", "resident.hukou_address", "resident.residence_status",
                "resident.move_in_date", "resident.residence_reason", "resident.residence_permit",
                "resident.residence_permit_number", "resident.employer", "resident.occupation", "resident.vehicle_plate",
                "resident.special_group", "resident.photo", "resident.emergency_contact_name",
                "resident.emergency_contact_phone"));
        all.add(req(d, HOUSEHOLD, "依据《中华人民共和国户口登记条例》和出租房屋治安管理规定，核实户籍与实有人口、出租房屋信息。",
                "", "P180D", ADDRESS, "household.location", "household.hukou_number", "household.head_name",
                "household.head_id_number", "household.head_phone", "household.member_count", "household.members",
                "household.housing_type", "household.landlord_name", "household.landlord_phone", "household.rental_registered",
                "household.dog", "household.dog_vaccinated"));
        all.add(req(d, PLACE, "依据《旅馆业治安管理办法》《互联网上网服务营业场所管理条例》，落实特种行业和公共场所治安管理。",
                "", "P180D", PLACE_IDENTITY, "place.legal_representative", "place.legal_rep_id_number",
                "place.legal_rep_phone", "place.operating_status", "place.employee_count", "place.cctv", "place.hotel_rooms",
                "place.guest_registration", "place.real_name_internet", "place.minors_sign", "place.staff_dormitory"));
    }

    private static void humanResources(List<RequestContent> all) {
        String d = "human-resources";
        all.add(req(d, RESIDENT, "依据《中华人民共和国就业促进法》《中华人民共和国社会保险法》，掌握劳动年龄人口就业、失业和参保情况，开展就业帮扶和全民参保。",
                AGE + " >= 16", "P180D", IDENTITY, "resident.marital_status", "resident.education", "resident.hukou_type",
                "resident.residence_status", "resident.employment_status", "resident.employer", "resident.occupation",
                "resident.industry", "resident.work_location", "resident.job_seeking", "resident.training_need",
                "resident.pension_insurance", "resident.medical_insurance", "resident.unemployment_insurance",
                "resident.receives_pension", "resident.monthly_income", "resident.disability"));
        all.add(req(d, PLACE, "依据《劳动保障监察条例》，掌握用人单位用工和参保基本情况。",
                "${place.type} != 'construction_site'", "P365D", PLACE_IDENTITY, "place.legal_representative",
                "place.legal_rep_phone", "place.employee_count", "place.operating_status"));
    }

    private static void disabledPersons(List<RequestContent> all) {
        String d = "disabled-persons";
        all.add(req(d, RESIDENT, "依据《中华人民共和国残疾人保障法》，筛查辖区居民残疾情况。",
                "", "P365D", List.of("resident.name", "resident.id_number", "resident.disability")));
        all.add(req(d, RESIDENT, "依据《中华人民共和国残疾人保障法》《残疾人基本服务状况和需求信息数据动态更新工作方案》，更新持证残疾人基本服务状况和需求。",
                "${resident.disability} = 'yes'", "P365D", IDENTITY, "resident.marital_status", "resident.education",
                "resident.hukou_type", "resident.residence_status", "resident.disability_type", "resident.disability_grade",
                "resident.disability_certificate", "resident.rehab_needs", "resident.disability_subsidies",
                "resident.self_care", "resident.assistance_status", "resident.employment_status", "resident.medical_insurance",
                "resident.pension_insurance", "resident.monthly_income", "resident.guardian_name", "resident.guardian_phone",
                "resident.emergency_contact_name", "resident.emergency_contact_phone"));
        all.add(req(d, HOUSEHOLD, "依据《无障碍环境建设法》，了解残疾人家庭住房和无障碍改造需求。",
                "", "P365D", ADDRESS, "household.head_name", "household.head_phone", "household.member_count",
                "household.housing_type", "household.annual_income"));
    }

    private static void emergency(List<RequestContent> all) {
        String d = "emergency";
        all.add(req(d, RESIDENT, "依据《中华人民共和国突发事件应对法》，建立老弱病残等需转移人员名册，落实结对转移责任人。",
                AGE + " >= 70 or ${resident.disability} = 'yes'", "P180D", IDENTITY, "resident.self_care",
                "resident.lives_alone", "resident.mobility_limited", "resident.chronic_diseases",
                "resident.emergency_contact_name", "resident.emergency_contact_phone"));
        all.add(req(d, RESIDENT, "依据《中华人民共和国突发事件应对法》，组建基层应急志愿者队伍。",
                "", "P365D", List.of("resident.name", "resident.phone", "resident.gender", "resident.birth_date",
                        "resident.id_number", "resident.volunteer")));
        all.add(req(d, HOUSEHOLD, "依据《中华人民共和国突发事件应对法》《地质灾害防治条例》，掌握风险隐患点住户和燃气使用情况。",
                "", "P180D", ADDRESS, "household.location", "household.head_name", "household.head_phone",
                "household.member_count", "household.flood_risk", "household.evacuation_site", "household.gas_type",
                "household.gas_alarm", "household.building_structure"));
        all.add(req(d, PLACE, "依据《中华人民共和国安全生产法》《危险化学品安全管理条例》，排查生产经营单位安全风险。",
                "", "P180D", PLACE_IDENTITY, "place.legal_representative", "place.legal_rep_phone", "place.employee_count",
                "place.hazardous_materials", "place.hazardous_types", "place.hazardous_licence", "place.safety_officer",
                "place.emergency_plan", "place.special_equipment"));
    }

    private static void housing(List<RequestContent> all) {
        String d = "housing";
        all.add(req(d, RESIDENT, "依据《公共租赁住房管理办法》，核对住房保障申请家庭成员身份。",
                "", "P365D", IDENTITY, "resident.marital_status", "resident.hukou_type", "resident.residence_status",
                "resident.monthly_income", "resident.assistance_status"));
        all.add(req(d, HOUSEHOLD, "依据《城市危险房屋管理规定》《商品房屋租赁管理办法》，开展房屋安全排查和租赁登记备案。",
                "", "P365D", ADDRESS, "household.location", "household.head_name", "household.head_id_number",
                "household.head_phone", "household.member_count", "household.members", "household.housing_type",
                "household.floor_area", "household.area_per_person", "household.building_structure",
                "household.building_year", "household.safety_grade", "household.cracks_or_tilt", "household.renovation_needed",
                "household.landlord_name", "household.landlord_phone", "household.rental_registered", "household.photo"));
    }

    private static void marketRegulation(List<RequestContent> all) {
        String d = "market-regulation";
        all.add(req(d, PLACE, "依据《中华人民共和国市场主体登记管理条例》，核实市场主体登记和经营状态。",
                "", "P180D", PLACE_IDENTITY, "place.legal_representative", "place.legal_rep_id_number",
                "place.legal_rep_phone", "place.business_licence", "place.business_scope", "place.operating_status",
                "place.opening_date", "place.floor_area", "place.photo", "place.special_equipment"));
        all.add(req(d, PLACE, "依据《中华人民共和国食品安全法》，核查食品经营者许可和从业人员健康证明。",
                "selected('restaurant shop school kindergarten elderly_care hotel', ${place.type})", "P90D",
                List.of("place.food_licence", "place.food_licence_number", "place.food_licence_expiry",
                        "place.health_certificates")));
    }

    private static void veterans(List<RequestContent> all) {
        String d = "veterans";
        all.add(req(d, RESIDENT, "依据《中华人民共和国退役军人保障法》，开展退役军人和其他优抚对象信息采集。",
                "", "P365D", List.of("resident.name", "resident.id_number", "resident.veteran", "resident.military_family")));
        all.add(req(d, RESIDENT, "依据《中华人民共和国退役军人保障法》《军人抚恤优待条例》，建立退役军人和优抚对象服务档案，落实优待和帮扶。",
                "${resident.veteran} = 'yes' or ${resident.military_family} = 'yes'", "P365D", IDENTITY,
                "resident.marital_status", "resident.education", "resident.political_status", "resident.hukou_type",
                "resident.residence_status", "resident.veteran_type", "resident.enlistment_date", "resident.discharge_date",
                "resident.preferential_treatment", "resident.veteran_card", "resident.veteran_needs",
                "resident.employment_status", "resident.medical_insurance", "resident.pension_insurance",
                "resident.self_care", "resident.assistance_status", "resident.disability",
                "resident.emergency_contact_name", "resident.emergency_contact_phone"));
    }

    private static void statistics(List<RequestContent> all) {
        String d = "statistics";
        all.add(req(d, RESIDENT, "依据《中华人民共和国统计法》《全国人口普查条例》，开展人口变动抽样调查和常住人口统计。",
                "", "P365D", IDENTITY, "resident.marital_status", "resident.education", "resident.hukou_type",
                "resident.hukou_address", "resident.residence_status", "resident.move_in_date", "resident.residence_reason",
                "resident.employment_status", "resident.occupation", "resident.industry", "resident.work_location",
                "resident.medical_insurance", "resident.pension_insurance", "resident.disability", "resident.self_care"));
        all.add(req(d, HOUSEHOLD, "依据《中华人民共和国统计法》，开展住户调查。",
                "", "P365D", ADDRESS, "household.head_name", "household.member_count", "household.members",
                "household.housing_type", "household.floor_area", "household.building_year", "household.building_structure",
                "household.annual_income", "household.vehicle_count"));
        all.add(req(d, PLACE, "依据《全国经济普查条例》，掌握辖区单位和个体经营户基本情况。",
                "", "P365D", PLACE_IDENTITY, "place.operating_status", "place.opening_date", "place.employee_count",
                "place.floor_area", "place.business_scope"));
    }

    private static void fireRescue(List<RequestContent> all) {
        String d = "fire-rescue";
        all.add(req(d, PLACE, "依据《中华人民共和国消防法》《机关、团体、企业、事业单位消防安全管理规定》，开展“九小场所”和重点单位消防安全检查。",
                "", "P90D", PLACE_IDENTITY, "place.legal_representative", "place.legal_rep_phone", "place.floor_area",
                "place.floors", "place.building_structure", "place.three_in_one", "place.staff_dormitory",
                "place.fire_extinguishers", "place.extinguishers_in_date", "place.smoke_detectors", "place.sprinklers",
                "place.emergency_lighting", "place.exits", "place.exits_clear", "place.fire_manager",
                "place.last_fire_inspection", "place.gas_usage", "place.gas_alarm", "place.hazardous_materials",
                "place.capacity"));
        all.add(req(d, HOUSEHOLD, "依据《中华人民共和国消防法》，开展居民住宅火灾隐患排查，重点检查电动自行车充电和燃气安全。",
                "", "P365D", ADDRESS, "household.head_name", "household.head_phone", "household.member_count",
                "household.gas_type", "household.gas_alarm", "household.fire_extinguisher", "household.smoke_detector",
                "household.ebike_indoor_charging", "household.building_structure"));
        all.add(req(d, RESIDENT, "依据《中华人民共和国消防法》，对独居老人、残疾人等消防安全重点人群开展上门检查。",
                AGE + " >= 60 or ${resident.disability} = 'yes'", "P365D", IDENTITY, "resident.lives_alone",
                "resident.mobility_limited", "resident.e_bike", "resident.emergency_contact_name",
                "resident.emergency_contact_phone"));
    }

    private static RequestContent req(String department, SubjectType subjectType, String purpose, String filter,
                                      String refresh, List<String> fields, String... more) {
        List<String> ids = Stream.concat(fields.stream(), Stream.of(more)).distinct().toList();
        return RequestContent.of(new DepartmentCode(department), subjectType, ids, purpose, filter, Period.parse(refresh));
    }
}
