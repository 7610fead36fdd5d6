package cn.districtbudget.data.demo;

/** The synthetic departments: name (without the district), short name for the table header, unit nature. */
record DepartmentProfile(String name, String shortName, boolean publicInstitution) {

    private static final String[] NAMES = {
        "教育局", "卫生健康局", "民政局", "财政局", "发展和改革局", "人力资源和社会保障局", "住房和城乡建设局",
        "交通运输局", "农业农村局", "水务局", "文化和旅游局", "应急管理局", "审计局", "统计局", "司法局", "商务局",
        "科学技术局", "自然资源局", "生态环境分局", "市场监督管理局", "退役军人事务局", "医疗保障局", "林业局",
        "城市管理综合执法局", "信访局", "档案馆", "图书馆", "文化馆", "疾病预防控制中心", "妇幼保健院",
        "机关事务服务中心", "融媒体中心", "政务服务中心", "供销合作社", "残疾人联合会", "妇女联合会",
        "共青团委员会", "工商业联合会", "科学技术协会", "红十字会", "体育局", "人民防空办公室", "行政审批局",
        "粮食和物资储备局", "国有资产服务中心", "公共资源交易中心", "房产服务中心", "就业服务中心",
        "社会保险事业管理中心", "动物疫病预防控制中心", "农业技术推广中心", "水利工程管理站", "园林绿化服务中心",
        "环境卫生服务中心", "老干部局", "党校", "总工会", "文物保护所", "博物馆", "少年宫"
    };

    static int count() {
        return NAMES.length;
    }

    static DepartmentProfile of(int index) {
        String name = NAMES[index % NAMES.length];
        boolean institution = name.endsWith("中心") || name.endsWith("馆") || name.endsWith("院")
                || name.endsWith("站") || name.endsWith("所") || name.endsWith("宫") || name.equals("党校");
        String shortName = name.length() <= 3 ? name : name.substring(0, 2);
        return new DepartmentProfile(name, shortName, institution);
    }

    /** The line of work, for sentences: 教育局 gives 教育. */
    String field() {
        for (String suffix : new String[] {"事务服务中心", "服务中心", "管理中心", "中心", "局", "分局", "馆", "院", "站",
                "所", "宫", "办公室", "委员会", "联合会", "合作社", "协会", "会"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
