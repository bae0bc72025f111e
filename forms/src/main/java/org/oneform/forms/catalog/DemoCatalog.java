package org.oneform.forms.catalog;

import static org.oneform.forms.catalog.FieldType.ADDRESS;
import static org.oneform.forms.catalog.FieldType.DATE;
import static org.oneform.forms.catalog.FieldType.DECIMAL;
import static org.oneform.forms.catalog.FieldType.GPS;
import static org.oneform.forms.catalog.FieldType.ID_NUMBER;
import static org.oneform.forms.catalog.FieldType.INTEGER;
import static org.oneform.forms.catalog.FieldType.MULTIPLE_CHOICE;
import static org.oneform.forms.catalog.FieldType.NOTE;
import static org.oneform.forms.catalog.FieldType.PHONE;
import static org.oneform.forms.catalog.FieldType.PHOTO;
import static org.oneform.forms.catalog.FieldType.REPEAT_GROUP;
import static org.oneform.forms.catalog.FieldType.SINGLE_CHOICE;
import static org.oneform.forms.catalog.FieldType.TEXT;
import static org.oneform.forms.catalog.FieldType.YES_NO;
import static org.oneform.forms.catalog.Sensitivity.PERSONAL;
import static org.oneform.forms.catalog.Sensitivity.PUBLIC;
import static org.oneform.forms.catalog.Sensitivity.SENSITIVE;

import java.util.ArrayList;
import java.util.List;


/**
 * The demo city's field catalog: what eleven departments really ask grid workers about residents, households
 * and places (civil affairs, health, public security, human resources and social security, the disabled
 * persons' federation, emergency management, housing, market regulation, veterans affairs, statistics, fire
 * rescue). Ids and choice codes the demo registry already uses ({@code resident.gender} male/female,
 * {@code household.housing_type} owned/rented/public, {@code place.type} …) are kept exactly.
 */
public final class DemoCatalog {

    /** The age expression population filters and relevance use. */
    public static final String AGE = "age(${resident.birth_date})";

    private DemoCatalog() {
    }

    /** Every field, residents first, then households, then places. */
    public static List<FieldDefinition> fields() {
        List<FieldDefinition> all = new ArrayList<>(residents());
        all.addAll(households());
        all.addAll(places());
        return List.copyOf(all);
    }

    static List<FieldDefinition> residents() {
        DemoFields f = new DemoFields();
        f.section("basic", PERSONAL);
        f.add(f.field("resident.privacy_note", NOTE, "以下信息依法采集，仅用于政府部门履行法定职责，严格保密。",
                "This information is collected by law, used only for the duties of government departments and kept confidential.")
                .sensitivity(PUBLIC));
        f.add(f.field("resident.name", TEXT, "姓名", "Name").required()
                .constraint("string-length(.) >= 2 and string-length(.) <= 30"));
        f.add(f.field("resident.former_name", TEXT, "曾用名", "Former name"));
        f.add(f.choice("resident.gender", SINGLE_CHOICE, "性别", "Gender", "male", "男", "Male", "female", "女", "Female")
                .required());
        f.add(f.field("resident.birth_date", DATE, "出生日期", "Date of birth").required().constraint(". <= today()"));
        f.add(f.field("resident.age", INTEGER, "年龄（周岁）", "Age (years)").calculation(AGE));
        f.add(f.field("resident.id_number", ID_NUMBER, "公民身份号码", "Citizen ID number").sensitivity(SENSITIVE)
                .hint("18位，末位可为X；15位旧号码自动转换", "18 characters, the last may be X; old 15-digit numbers are converted"));
        f.add(f.choice("resident.ethnicity", SINGLE_CHOICE, "民族", "Ethnicity",
                "han", "汉族", "Han", "she", "畲族", "She", "hui", "回族", "Hui", "manchu", "满族", "Manchu",
                "zhuang", "壮族", "Zhuang", "miao", "苗族", "Miao", "tujia", "土家族", "Tujia", "mongol", "蒙古族", "Mongol",
                "korean", "朝鲜族", "Korean", "yi", "彝族", "Yi", "uyghur", "维吾尔族", "Uyghur", "tibetan", "藏族", "Tibetan",
                "dong", "侗族", "Dong", "other", "其他民族", "Other").sensitivity(SENSITIVE));
        f.add(f.field("resident.phone", PHONE, "联系电话", "Phone"));
        f.add(f.field("resident.household_id", TEXT, "所属户编号", "Household").sensitivity(PUBLIC));
        f.add(f.choice("resident.relation_to_head", SINGLE_CHOICE, "与户主关系", "Relation to the head of household",
                relations()).required());
        f.add(f.choice("resident.marital_status", SINGLE_CHOICE, "婚姻状况", "Marital status",
                "unmarried", "未婚", "Unmarried", "married", "已婚", "Married", "divorced", "离婚", "Divorced",
                "widowed", "丧偶", "Widowed").relevance(AGE + " >= 16"));
        f.add(f.choice("resident.education", SINGLE_CHOICE, "文化程度", "Education",
                "none", "未上过学", "None", "primary", "小学", "Primary school", "junior", "初中", "Junior secondary",
                "senior", "高中", "Senior secondary", "vocational", "中专/职高", "Vocational school",
                "college", "大学专科", "College", "bachelor", "大学本科", "Bachelor", "postgraduate", "研究生", "Postgraduate")
                .relevance(AGE + " >= 6"));
        f.add(f.choice("resident.political_status", SINGLE_CHOICE, "政治面貌", "Political status",
                "masses", "群众", "Non-party", "cpc_member", "中共党员", "CPC member", "cpc_probationary", "中共预备党员",
                "CPC probationary member", "cyl_member", "共青团员", "CYL member", "other_party", "民主党派", "Other party"));
        f.add(f.field("resident.photo", PHOTO, "本人照片", "Photo").sensitivity(SENSITIVE));
        f.add(f.field("resident.emergency_contact_name", TEXT, "紧急联系人", "Emergency contact"));
        f.add(f.field("resident.emergency_contact_phone", PHONE, "紧急联系人电话", "Emergency contact phone")
                .relevance("${resident.emergency_contact_name} != ''"));

        f.section("residence", PERSONAL);
        f.add(f.choice("resident.hukou_type", SINGLE_CHOICE, "户籍类型", "Household registration",
                "local_urban", "本地城镇户籍", "Local urban", "local_rural", "本地农村户籍", "Local rural",
                "non_local", "外地户籍", "Registered elsewhere"));
        f.add(f.field("resident.hukou_address", ADDRESS, "户籍地址", "Registered address"));
        f.add(f.choice("resident.residence_status", SINGLE_CHOICE, "人户状态", "Residence status",
                "both_here", "人户一致", "Lives where registered", "living_here", "人在户不在", "Lives here, registered elsewhere",
                "registered_here", "户在人不在", "Registered here, lives elsewhere"));
        f.add(f.field("resident.move_in_date", DATE, "来本地居住日期", "Moved here on").constraint(". <= today()"));
        f.add(f.choice("resident.residence_reason", SINGLE_CHOICE, "来本地事由", "Reason for living here",
                "work", "务工", "Work", "business", "经商", "Business", "study", "就学", "Study", "family", "投亲靠友", "Family",
                "other", "其他", "Other").relevance("${resident.hukou_type} = 'non_local'"));
        f.add(f.field("resident.residence_permit", YES_NO, "是否办理居住证", "Has a residence permit")
                .relevance("${resident.hukou_type} = 'non_local'"));
        f.add(f.field("resident.residence_permit_number", TEXT, "居住证号码", "Residence permit number")
                .relevance("${resident.residence_permit} = 'yes'"));
        f.add(f.field("resident.vehicle_plate", TEXT, "机动车号牌", "Vehicle plate")
                .constraint("regex(., '^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$')"));
        f.add(f.field("resident.e_bike", YES_NO, "是否有电动自行车", "Owns an e-bike"));
        f.add(f.choice("resident.special_group", MULTIPLE_CHOICE, "重点人群类别", "Special management group",
                "community_correction", "社区矫正对象", "Community correction", "released_prisoner", "刑满释放人员",
                "Released prisoner", "drug_rehab", "社区戒毒康复人员", "Drug rehabilitation", "none", "无", "None")
                .sensitivity(SENSITIVE).constraint("not(selected(., 'none')) or count-selected(.) = 1"));

        f.section("health", SENSITIVE);
        f.add(f.choice("resident.self_care", SINGLE_CHOICE, "生活自理能力", "Self-care ability",
                "full", "完全自理", "Fully independent", "partial", "部分自理", "Partly dependent",
                "none", "不能自理", "Dependent"));
        f.add(f.choice("resident.chronic_diseases", MULTIPLE_CHOICE, "慢性病情况", "Chronic diseases",
                "hypertension", "高血压", "Hypertension", "diabetes", "糖尿病", "Diabetes", "heart_disease", "冠心病",
                "Heart disease", "stroke", "脑卒中", "Stroke", "copd", "慢阻肺", "COPD", "tuberculosis", "肺结核", "Tuberculosis",
                "cancer", "恶性肿瘤", "Cancer", "severe_mental", "严重精神障碍", "Severe mental disorder", "none", "无", "None")
                .constraint("not(selected(., 'none')) or count-selected(.) = 1"));
        f.add(f.field("resident.family_doctor_signed", YES_NO, "是否签约家庭医生", "Signed with a family doctor"));
        f.add(f.choice("resident.medical_insurance", SINGLE_CHOICE, "医疗保险", "Medical insurance",
                "employee", "职工基本医疗保险", "Employee scheme", "resident", "城乡居民基本医疗保险", "Resident scheme",
                "commercial_only", "仅商业保险", "Commercial only", "none", "未参保", "None"));
        f.add(f.field("resident.elderly_health_check", YES_NO, "今年是否参加老年人健康体检", "Had this year's elderly health check")
                .relevance(AGE + " >= 65"));
        f.add(f.field("resident.pregnant", YES_NO, "是否怀孕", "Pregnant")
                .relevance("${resident.gender} = 'female' and " + AGE + " >= 15 and " + AGE + " <= 49"));
        f.add(f.field("resident.expected_delivery_date", DATE, "预产期", "Expected delivery date")
                .relevance("${resident.pregnant} = 'yes'").constraint(". >= today() and . <= today() + 300"));
        f.add(f.field("resident.prenatal_record", YES_NO, "是否建立孕产妇保健手册", "Has a maternal health record")
                .relevance("${resident.pregnant} = 'yes'"));
        f.add(f.field("resident.vaccination_complete", YES_NO, "是否按程序完成预防接种", "Vaccinations up to date")
                .relevance(AGE + " < 7"));
        f.add(f.field("resident.vaccination_certificate", YES_NO, "是否有预防接种证", "Has a vaccination certificate")
                .relevance(AGE + " < 7"));

        f.section("disability", SENSITIVE);
        f.add(f.field("resident.disability", YES_NO, "是否残疾", "Has a disability"));
        f.add(f.choice("resident.disability_type", MULTIPLE_CHOICE, "残疾类别", "Type of disability",
                "visual", "视力残疾", "Visual", "hearing", "听力残疾", "Hearing", "speech", "言语残疾", "Speech",
                "physical", "肢体残疾", "Physical", "intellectual", "智力残疾", "Intellectual", "mental", "精神残疾", "Mental")
                .relevance("${resident.disability} = 'yes'").required());
        f.add(f.choice("resident.disability_grade", SINGLE_CHOICE, "残疾等级", "Disability grade",
                "1", "一级", "Grade 1", "2", "二级", "Grade 2", "3", "三级", "Grade 3", "4", "四级", "Grade 4")
                .relevance("${resident.disability} = 'yes'"));
        f.add(f.field("resident.disability_certificate", TEXT, "残疾人证号", "Disability certificate number")
                .relevance("${resident.disability} = 'yes'")
                .hint("第二代残疾人证：身份证号加类别、等级两位", "Second-generation card: the ID number plus type and grade digits")
                .constraint("regex(., '^[0-9]{17}[0-9X][1-7][1-4]$')"));
        f.add(f.choice("resident.rehab_needs", MULTIPLE_CHOICE, "康复需求", "Rehabilitation needs",
                "training", "康复训练", "Rehabilitation training", "assistive_device", "辅助器具", "Assistive devices",
                "surgery", "手术", "Surgery", "medication", "药物", "Medication", "care", "护理服务", "Care services",
                "none", "无", "None").relevance("${resident.disability} = 'yes'"));
        f.add(f.choice("resident.disability_subsidies", MULTIPLE_CHOICE, "享受残疾人两项补贴", "Disability subsidies received",
                "living", "困难残疾人生活补贴", "Living subsidy", "nursing", "重度残疾人护理补贴", "Nursing subsidy",
                "none", "未享受", "None").relevance("${resident.disability} = 'yes'"));

        f.section("welfare", SENSITIVE);
        f.add(f.field("resident.lives_alone", YES_NO, "是否独居", "Lives alone").relevance(AGE + " >= 60"));
        f.add(f.field("resident.empty_nest", YES_NO, "是否空巢老人", "Empty-nest elderly").relevance(AGE + " >= 60"));
        f.add(f.choice("resident.elderly_care_need", SINGLE_CHOICE, "养老服务需求", "Elderly care needs",
                "none", "暂无", "None", "home", "居家上门服务", "Home care", "day_care", "日间照料", "Day care",
                "institution", "机构养老", "Care home").relevance(AGE + " >= 60"));
        f.add(f.field("resident.old_age_allowance", YES_NO, "是否领取高龄津贴", "Receives the old-age allowance")
                .relevance(AGE + " >= 80"));
        f.add(f.choice("resident.assistance_status", SINGLE_CHOICE, "社会救助类别", "Social assistance",
                "none", "无", "None", "dibao", "最低生活保障", "Minimum living allowance", "tekun", "特困人员供养",
                "Extreme poverty support", "low_income", "低收入家庭", "Low-income family"));
        f.add(f.field("resident.dibao_certificate", TEXT, "低保证号", "Allowance certificate number")
                .relevance("${resident.assistance_status} = 'dibao'"));
        f.add(f.choice("resident.child_status", SINGLE_CHOICE, "困境儿童类别", "Child in difficulty",
                "none", "无", "None", "orphan", "孤儿", "Orphan", "unattended", "事实无人抚养儿童", "De facto unattended",
                "left_behind", "留守儿童", "Left-behind child").relevance(AGE + " < 18"));
        f.add(f.field("resident.guardian_name", TEXT, "监护人姓名", "Guardian").relevance(AGE + " < 18"));
        f.add(f.field("resident.guardian_phone", PHONE, "监护人电话", "Guardian's phone").relevance(AGE + " < 18"));

        f.section("employment", PERSONAL);
        f.add(f.choice("resident.employment_status", SINGLE_CHOICE, "就业状况", "Employment",
                "employed", "单位就业", "Employed", "self_employed", "个体经营", "Self-employed", "flexible", "灵活就业",
                "Flexible work", "unemployed_registered", "登记失业", "Registered unemployed", "unemployed", "未就业",
                "Not working", "student", "在校学生", "Student", "retired", "离退休", "Retired", "unable", "无劳动能力",
                "Unable to work").relevance(AGE + " >= 16"));
        f.add(f.field("resident.employer", TEXT, "工作单位", "Employer")
                .relevance("${resident.employment_status} = 'employed'"));
        f.add(f.field("resident.occupation", TEXT, "职业", "Occupation")
                .relevance("selected('employed self_employed flexible', ${resident.employment_status})"));
        f.add(f.choice("resident.industry", SINGLE_CHOICE, "从业行业", "Industry",
                "agriculture", "农林牧渔业", "Agriculture", "manufacturing", "制造业", "Manufacturing", "construction", "建筑业",
                "Construction", "retail", "批发和零售业", "Wholesale and retail", "transport", "交通运输业", "Transport",
                "hospitality", "住宿和餐饮业", "Hospitality", "it", "信息技术服务业", "IT services", "finance", "金融业", "Finance",
                "public", "公共管理和社会组织", "Public administration", "other", "其他", "Other")
                .relevance("selected('employed self_employed flexible', ${resident.employment_status})").sensitivity(PUBLIC));
        f.add(f.choice("resident.work_location", SINGLE_CHOICE, "工作地点", "Place of work",
                "same_district", "本区", "This district", "same_city", "本市其他区", "Elsewhere in the city",
                "other_city", "外市", "Another city")
                .relevance("selected('employed self_employed flexible', ${resident.employment_status})"));
        f.add(f.field("resident.job_seeking", YES_NO, "是否有就业意愿", "Looking for work")
                .relevance("selected('unemployed_registered unemployed', ${resident.employment_status})"));
        f.add(f.choice("resident.training_need", MULTIPLE_CHOICE, "培训需求", "Training wanted",
                "skills", "职业技能培训", "Vocational skills", "entrepreneurship", "创业培训", "Starting a business",
                "none", "无", "None").relevance(AGE + " >= 16 and " + AGE + " < 60"));
        f.add(f.choice("resident.pension_insurance", SINGLE_CHOICE, "养老保险", "Pension insurance",
                "employee", "职工基本养老保险", "Employee scheme", "resident", "城乡居民基本养老保险", "Resident scheme",
                "none", "未参保", "None").relevance(AGE + " >= 16"));
        f.add(f.field("resident.unemployment_insurance", YES_NO, "是否参加失业保险", "Has unemployment insurance")
                .relevance("${resident.employment_status} = 'employed'"));
        f.add(f.field("resident.receives_pension", YES_NO, "是否领取养老金", "Receives a pension").relevance(AGE + " >= 50"));
        f.add(f.choice("resident.monthly_income", SINGLE_CHOICE, "个人月收入", "Monthly income",
                "below_1000", "1000元以下", "Below 1,000 yuan", "1000_3000", "1000–3000元", "1,000–3,000 yuan",
                "3000_6000", "3000–6000元", "3,000–6,000 yuan", "6000_10000", "6000–10000元", "6,000–10,000 yuan",
                "above_10000", "10000元以上", "Above 10,000 yuan").sensitivity(SENSITIVE).relevance(AGE + " >= 16"));

        f.section("veterans", PERSONAL);
        f.add(f.field("resident.veteran", YES_NO, "是否退役军人", "Veteran").relevance(AGE + " >= 18"));
        f.add(f.field("resident.military_family", YES_NO, "是否军属或烈属", "Family of a serving or fallen soldier"));
        f.add(f.choice("resident.veteran_type", SINGLE_CHOICE, "退役类别", "Type of discharge",
                "demobilized", "退役士兵", "Demobilised soldier", "officer", "转业军官", "Transferred officer",
                "retired_officer", "退休军官", "Retired officer", "other", "其他", "Other")
                .relevance("${resident.veteran} = 'yes'"));
        f.add(f.field("resident.enlistment_date", DATE, "入伍时间", "Enlisted on").relevance("${resident.veteran} = 'yes'"));
        f.add(f.field("resident.discharge_date", DATE, "退役时间", "Discharged on").relevance("${resident.veteran} = 'yes'")
                .constraint(". >= ${resident.enlistment_date} and . <= today()"));
        f.add(f.choice("resident.preferential_treatment", SINGLE_CHOICE, "优抚类别", "Preferential treatment",
                "none", "无", "None", "disabled_soldier", "伤残军人", "Disabled soldier", "martyr_family", "烈士遗属",
                "Martyr's family", "war_veteran", "参战退役人员", "War veteran")
                .relevance("${resident.veteran} = 'yes' or ${resident.military_family} = 'yes'").sensitivity(SENSITIVE));
        f.add(f.field("resident.veteran_card", YES_NO, "是否已领取优待证", "Has the preferential treatment card")
                .relevance("${resident.veteran} = 'yes' or ${resident.military_family} = 'yes'"));
        f.add(f.choice("resident.veteran_needs", MULTIPLE_CHOICE, "帮扶需求", "Support needed",
                "employment", "就业", "Employment", "housing", "住房", "Housing", "medical", "医疗", "Medical care",
                "hardship", "生活困难", "Hardship", "none", "无", "None")
                .relevance("${resident.veteran} = 'yes' or ${resident.military_family} = 'yes'"));

        f.section("emergency", PERSONAL);
        f.add(f.field("resident.mobility_limited", YES_NO, "紧急情况下是否需要协助转移", "Needs help to evacuate"));
        f.add(f.field("resident.volunteer", YES_NO, "是否愿意参加应急志愿者", "Willing to volunteer in emergencies")
                .relevance(AGE + " >= 18 and " + AGE + " < 70"));
        return f.list();
    }

    static List<FieldDefinition> households() {
        DemoFields f = new DemoFields();
        f.section("address", PERSONAL);
        f.add(f.field("household.address", ADDRESS, "住址", "Address").required());
        f.add(f.field("household.address_estate", TEXT, "小区", "Estate").sensitivity(PUBLIC));
        f.add(f.field("household.address_building", TEXT, "楼栋", "Building").sensitivity(PUBLIC));
        f.add(f.field("household.address_unit", TEXT, "单元", "Unit").sensitivity(PUBLIC));
        f.add(f.field("household.address_room", TEXT, "室", "Room"));
        f.add(f.field("household.location", GPS, "住址位置", "Location"));
        f.add(f.field("household.hukou_number", TEXT, "户口簿户号", "Household register number"));

        f.section("members", PERSONAL);
        f.add(f.field("household.head_name", TEXT, "户主姓名", "Head of household").required());
        f.add(f.field("household.head_id_number", ID_NUMBER, "户主身份号码", "Head's ID number").sensitivity(SENSITIVE));
        f.add(f.field("household.head_phone", PHONE, "户主电话", "Head's phone"));
        f.add(f.field("household.member_count", INTEGER, "家庭人口数", "Number of members").required()
                .constraint(". >= 1 and . <= 30"));
        f.add(f.field("household.members", REPEAT_GROUP, "家庭成员", "Household members")
                .children("household.member_name", "household.member_relation", "household.member_id_number",
                        "household.member_birth_date"));
        f.add(f.field("household.member_name", TEXT, "成员姓名", "Member's name").required());
        f.add(f.choice("household.member_relation", SINGLE_CHOICE, "与户主关系", "Relation to the head", relations()).required());
        f.add(f.field("household.member_id_number", ID_NUMBER, "成员身份号码", "Member's ID number").sensitivity(SENSITIVE));
        f.add(f.field("household.member_birth_date", DATE, "成员出生日期", "Member's date of birth").constraint(". <= today()"));

        f.section("housing", PUBLIC);
        f.add(f.choice("household.housing_type", SINGLE_CHOICE, "住房性质", "Housing",
                "owned", "自有住房", "Owned", "rented", "租赁住房", "Rented", "public", "公共租赁住房", "Public housing").required());
        f.add(f.field("household.floor_area", DECIMAL, "建筑面积（平方米）", "Floor area (m²)").constraint(". > 0 and . < 2000"));
        f.add(f.field("household.area_per_person", DECIMAL, "人均住房面积（平方米）", "Floor area per person (m²)")
                .calculation("if(${household.member_count} > 0, round(${household.floor_area} div ${household.member_count}, 1), '')"));
        f.add(f.choice("household.building_structure", SINGLE_CHOICE, "房屋结构", "Building structure",
                "steel_concrete", "钢筋混凝土结构", "Reinforced concrete", "brick_concrete", "砖混结构", "Brick and concrete",
                "brick_wood", "砖木结构", "Brick and timber", "earth_wood", "土木结构", "Earth and timber", "other", "其他", "Other"));
        f.add(f.field("household.building_year", INTEGER, "建成年份", "Year built").constraint(". >= 1900 and . <= 2100"));
        f.add(f.choice("household.safety_grade", SINGLE_CHOICE, "房屋安全等级", "Building safety grade",
                "a", "A级（安全）", "A (safe)", "b", "B级（基本安全）", "B (mostly safe)", "c", "C级（局部危险）",
                "C (partly dangerous)", "d", "D级（整幢危房）", "D (dangerous)", "unknown", "未鉴定", "Not assessed"));
        f.add(f.field("household.cracks_or_tilt", YES_NO, "房屋是否有明显裂缝、倾斜", "Visible cracks or tilt"));
        f.add(f.field("household.renovation_needed", YES_NO, "是否需要危房改造", "Needs safety renovation")
                .relevance("selected('c d', ${household.safety_grade}) or ${household.cracks_or_tilt} = 'yes'"));
        f.add(f.field("household.landlord_name", TEXT, "房东姓名", "Landlord").sensitivity(PERSONAL)
                .relevance("${household.housing_type} = 'rented'"));
        f.add(f.field("household.landlord_phone", PHONE, "房东电话", "Landlord's phone").sensitivity(PERSONAL)
                .relevance("${household.housing_type} = 'rented'"));
        f.add(f.field("household.rental_registered", YES_NO, "是否办理租赁登记备案", "Tenancy registered")
                .relevance("${household.housing_type} = 'rented'"));

        f.section("living", SENSITIVE);
        f.add(f.field("household.annual_income", DECIMAL, "家庭年收入（元）", "Household annual income (yuan)")
                .constraint(". >= 0"));
        f.add(f.field("household.dibao", YES_NO, "是否低保户", "Receives the minimum living allowance"));
        f.add(f.field("household.dibao_amount", DECIMAL, "月低保金额（元）", "Monthly allowance (yuan)")
                .relevance("${household.dibao} = 'yes'").constraint(". > 0"));
        f.add(f.field("household.vehicle_count", INTEGER, "家庭机动车数量", "Vehicles").sensitivity(PERSONAL)
                .constraint(". >= 0"));
        f.add(f.field("household.dog", YES_NO, "是否养犬", "Keeps a dog").sensitivity(PUBLIC));
        f.add(f.field("household.dog_vaccinated", YES_NO, "犬只是否已免疫登记", "Dog vaccinated and registered")
                .sensitivity(PUBLIC).relevance("${household.dog} = 'yes'"));

        f.section("safety", PUBLIC);
        f.add(f.choice("household.gas_type", SINGLE_CHOICE, "燃气使用", "Gas supply",
                "pipeline", "管道燃气", "Piped gas", "bottled", "瓶装液化气", "Bottled LPG", "none", "不使用燃气", "None"));
        f.add(f.field("household.gas_alarm", YES_NO, "是否安装燃气报警器", "Gas alarm installed")
                .relevance("${household.gas_type} != 'none' and ${household.gas_type} != ''"));
        f.add(f.field("household.fire_extinguisher", YES_NO, "是否配备灭火器", "Has a fire extinguisher"));
        f.add(f.field("household.smoke_detector", YES_NO, "是否安装烟感报警器", "Smoke detector installed"));
        f.add(f.field("household.ebike_indoor_charging", YES_NO, "是否在室内或楼道为电动车充电", "Charges an e-bike indoors or in the stairwell"));
        f.add(f.field("household.flood_risk", YES_NO, "是否位于易涝或地质灾害隐患点", "In a flood or landslide risk area"));
        f.add(f.field("household.evacuation_site", TEXT, "应急避难场所", "Emergency shelter")
                .relevance("${household.flood_risk} = 'yes'"));
        f.add(f.field("household.photo", PHOTO, "房屋照片", "Photo of the home"));
        return f.list();
    }

    static List<FieldDefinition> places() {
        String food = "selected('restaurant shop school kindergarten elderly_care hotel', ${place.type})";
        String industrial = "selected('factory warehouse construction_site', ${place.type})";
        DemoFields f = new DemoFields();
        f.section("basic", PUBLIC);
        f.add(f.field("place.name", TEXT, "场所名称", "Name").required());
        f.add(f.choice("place.type", SINGLE_CHOICE, "场所类型", "Type",
                "shop", "商店", "Shop", "restaurant", "餐饮店", "Restaurant", "school", "学校", "School",
                "kindergarten", "幼儿园", "Kindergarten", "clinic", "诊所", "Clinic", "pharmacy", "药店", "Pharmacy",
                "factory", "工厂", "Factory", "warehouse", "仓库", "Warehouse", "hotel", "旅馆", "Hotel",
                "internet_cafe", "网吧", "Internet café", "elderly_care", "养老机构", "Elderly care",
                "construction_site", "建筑工地", "Construction site", "office", "办公场所", "Office").required());
        f.add(f.field("place.address", ADDRESS, "地址", "Address").required());
        f.add(f.field("place.location", GPS, "位置", "Location"));
        f.add(f.field("place.contact_name", TEXT, "联系人", "Contact person").sensitivity(PERSONAL));
        f.add(f.field("place.contact_phone", PHONE, "联系电话", "Contact phone").sensitivity(PERSONAL));
        f.add(f.field("place.credit_code", TEXT, "统一社会信用代码", "Unified social credit code")
                .constraint("regex(., '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$')"));
        f.add(f.choice("place.operating_status", SINGLE_CHOICE, "经营状态", "Operating status",
                "operating", "正常经营", "Operating", "suspended", "停业", "Suspended", "closed", "已关闭", "Closed"));
        f.add(f.field("place.opening_date", DATE, "开业日期", "Opened on").constraint(". <= today()"));
        f.add(f.field("place.employee_count", INTEGER, "从业人员数", "Employees").constraint(". >= 0"));
        f.add(f.field("place.floor_area", DECIMAL, "经营面积（平方米）", "Floor area (m²)").constraint(". > 0"));
        f.add(f.field("place.photo", PHOTO, "门头照片", "Photo of the front"));

        f.section("licences", PUBLIC);
        f.add(f.field("place.legal_representative", TEXT, "法定代表人/经营者", "Legal representative").sensitivity(PERSONAL));
        f.add(f.field("place.legal_rep_id_number", ID_NUMBER, "法定代表人身份号码", "Legal representative's ID number")
                .sensitivity(SENSITIVE));
        f.add(f.field("place.legal_rep_phone", PHONE, "法定代表人电话", "Legal representative's phone").sensitivity(PERSONAL));
        f.add(f.field("place.business_licence", YES_NO, "是否取得营业执照", "Has a business licence"));
        f.add(f.field("place.business_scope", TEXT, "经营范围", "Business scope")
                .relevance("${place.business_licence} = 'yes'"));
        f.add(f.field("place.food_licence", YES_NO, "是否取得食品经营许可证", "Has a food business licence").relevance(food));
        f.add(f.field("place.food_licence_number", TEXT, "食品经营许可证编号", "Food licence number")
                .relevance("${place.food_licence} = 'yes'").constraint("regex(., '^JY[0-9]{14}$')"));
        f.add(f.field("place.food_licence_expiry", DATE, "食品经营许可证有效期至", "Food licence valid until")
                .relevance("${place.food_licence} = 'yes'"));
        f.add(f.field("place.health_certificates", YES_NO, "从业人员是否均持健康证明", "All staff hold health certificates")
                .relevance(food));
        f.add(f.field("place.hygiene_licence", YES_NO, "是否取得公共场所卫生许可证", "Has a public hygiene licence")
                .relevance("selected('hotel internet_cafe', ${place.type})"));
        f.add(f.field("place.medical_licence", TEXT, "医疗机构执业许可证/药品经营许可证号", "Medical or pharmacy licence number")
                .relevance("selected('clinic pharmacy', ${place.type})"));
        f.add(f.choice("place.special_equipment", MULTIPLE_CHOICE, "特种设备", "Special equipment",
                "elevator", "电梯", "Lift", "boiler", "锅炉", "Boiler", "pressure_vessel", "压力容器", "Pressure vessel",
                "forklift", "场（厂）内机动车辆", "Forklift", "crane", "起重机械", "Crane", "none", "无", "None")
                .constraint("not(selected(., 'none')) or count-selected(.) = 1"));

        f.section("public_order", PUBLIC);
        f.add(f.field("place.cctv", YES_NO, "是否安装视频监控", "CCTV installed"));
        f.add(f.field("place.hotel_rooms", INTEGER, "客房数", "Guest rooms").relevance("${place.type} = 'hotel'")
                .constraint(". >= 1"));
        f.add(f.field("place.guest_registration", YES_NO, "是否落实旅客住宿实名登记", "Registers guests by ID")
                .relevance("${place.type} = 'hotel'"));
        f.add(f.field("place.real_name_internet", YES_NO, "是否落实上网实名登记", "Registers internet users by ID")
                .relevance("${place.type} = 'internet_cafe'"));
        f.add(f.field("place.minors_sign", YES_NO, "是否悬挂未成年人禁入标志", "Shows the no-minors sign")
                .relevance("${place.type} = 'internet_cafe'"));
        f.add(f.field("place.capacity", INTEGER, "核定人数（学生/床位）", "Capacity (pupils or beds)")
                .relevance("selected('school kindergarten elderly_care', ${place.type})").constraint(". >= 1"));
        f.add(f.field("place.staff_dormitory", YES_NO, "是否设有员工宿舍", "Has staff dormitories"));

        f.section("fire_safety", PUBLIC);
        f.add(f.field("place.floors", INTEGER, "所在建筑层数", "Floors of the building").constraint(". >= 1 and . <= 200"));
        f.add(f.choice("place.building_structure", SINGLE_CHOICE, "建筑结构", "Building structure",
                "steel_concrete", "钢筋混凝土", "Reinforced concrete", "steel", "钢结构", "Steel", "brick_concrete", "砖混",
                "Brick and concrete", "temporary", "临时建筑/彩钢板房", "Temporary or sandwich panel"));
        f.add(f.field("place.three_in_one", YES_NO, "是否存在“三合一”（住宿与生产经营仓储合用）", "Living quarters shared with work or storage"));
        f.add(f.field("place.fire_extinguishers", INTEGER, "灭火器数量", "Fire extinguishers").constraint(". >= 0"));
        f.add(f.field("place.extinguishers_in_date", YES_NO, "灭火器是否在有效期内", "Extinguishers in date")
                .relevance("${place.fire_extinguishers} > 0"));
        f.add(f.field("place.smoke_detectors", YES_NO, "是否安装火灾自动报警或烟感", "Fire alarm or smoke detectors"));
        f.add(f.field("place.sprinklers", YES_NO, "是否安装自动喷水灭火系统", "Sprinklers"));
        f.add(f.field("place.emergency_lighting", YES_NO, "应急照明和疏散指示是否完好", "Emergency lighting and exit signs work"));
        f.add(f.field("place.exits", INTEGER, "安全出口数量", "Emergency exits").constraint(". >= 1"));
        f.add(f.field("place.exits_clear", YES_NO, "疏散通道、安全出口是否畅通", "Escape routes clear"));
        f.add(f.field("place.fire_manager", TEXT, "消防安全管理人", "Fire safety manager").sensitivity(PERSONAL));
        f.add(f.field("place.last_fire_inspection", DATE, "最近一次消防检查日期", "Last fire inspection").constraint(". <= today()"));
        f.add(f.choice("place.gas_usage", SINGLE_CHOICE, "燃气使用", "Gas supply",
                "pipeline", "管道燃气", "Piped gas", "bottled", "瓶装液化气", "Bottled LPG", "none", "不使用", "None"));
        f.add(f.field("place.gas_alarm", YES_NO, "是否安装燃气泄漏报警装置", "Gas leak alarm installed")
                .relevance("${place.gas_usage} = 'pipeline' or ${place.gas_usage} = 'bottled'"));

        f.section("hazards", PUBLIC);
        f.add(f.field("place.hazardous_materials", YES_NO, "是否存放使用危险化学品", "Stores or uses hazardous chemicals")
                .relevance(industrial));
        f.add(f.choice("place.hazardous_types", MULTIPLE_CHOICE, "危险化学品类别", "Hazard classes",
                "flammable_liquid", "易燃液体", "Flammable liquids", "flammable_gas", "易燃气体", "Flammable gases",
                "explosive", "爆炸物", "Explosives", "toxic", "毒害品", "Toxic substances", "corrosive", "腐蚀品", "Corrosives",
                "oxidizer", "氧化剂", "Oxidisers").relevance("${place.hazardous_materials} = 'yes'").required());
        f.add(f.field("place.hazardous_licence", TEXT, "危险化学品经营/使用许可证号", "Hazardous chemicals licence")
                .relevance("${place.hazardous_materials} = 'yes'"));
        f.add(f.field("place.safety_officer", TEXT, "安全生产管理人员", "Work safety officer").sensitivity(PERSONAL)
                .relevance(industrial));
        f.add(f.field("place.emergency_plan", YES_NO, "是否制定应急预案并演练", "Has a practised emergency plan")
                .relevance(industrial + " or selected('school kindergarten elderly_care hotel', ${place.type})"));
        return f.list();
    }

    private static String[] relations() {
        return new String[] {"head", "户主", "Head", "spouse", "配偶", "Spouse", "child", "子女", "Child", "parent", "父母",
                "Parent", "grandchild", "孙子女", "Grandchild", "sibling", "兄弟姐妹", "Sibling", "other", "其他", "Other"};
    }
}
