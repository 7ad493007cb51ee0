package org.griddesk.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.account.StaffAccount;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryDefinition;
import org.griddesk.catalog.OwnerLevel;
import org.griddesk.catalog.TicketKind;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tree, the departments of the source story, the responsibility list and one account per role. */
@Component
@Order(10)
class OrganisationDemo implements DemoStep {

	static final String PASSWORD = "griddesk";

	private static final String[][] STREETS = { { "HJL", "红军路街道" }, { "XY", "向阳街道" }, { "XJ", "西郊乡" },
			{ "LX", "立新街道" }, { "DF", "东风街道" }, { "HX", "红星乡" } };

	private static final String[][] COMMUNITIES = { { "HJL", "HQ", "红旗社区" }, { "HJL", "KX", "康新社区" },
			{ "HJL", "HP", "和平社区" }, { "XY", "XYS", "向阳社区" }, { "XY", "GM", "光明社区" }, { "XJ", "LJ", "梁家村" },
			{ "XJ", "YLG", "鱼亮沟村" }, { "LX", "LXS", "立新社区" }, { "DF", "DFS", "东风社区" }, { "HX", "HXC", "红星村" } };

	private static final String[] GRID_NAMES = { "第一网格", "第二网格", "第三网格" };

	private static final String[][] DEPARTMENTS = { { "NYNC", "区农业农村局", "0467-2361001" },
			{ "WL", "区文旅局", "0467-2361002" }, { "SCJG", "区市场监管局", "0467-2361003" },
			{ "ZJ", "区住建局", "0467-2361004" }, { "GS", "供水公司", "0467-2361005" }, { "GD", "供电公司", "0467-2361006" },
			{ "MZ", "区民政局", "0467-2361007" } };

	private final Regions regions;

	private final Departments departments;

	private final Catalog catalog;

	private final Accounts accounts;

	OrganisationDemo(Regions regions, Departments departments, Catalog catalog, Accounts accounts) {
		this.regions = regions;
		this.departments = departments;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void load() {
		RegionView district = this.regions.create(null, "JG", "鸡冠区");
		this.regions.locate(district.id(), new BigDecimal("45.300000"), new BigDecimal("130.970000"));
		Map<String, RegionView> streets = new HashMap<>();
		for (String[] street : STREETS) {
			streets.put(street[0], this.regions.create(district.id(), street[0], street[1]));
		}
		Map<String, RegionView> communities = new HashMap<>();
		int index = 0;
		for (String[] community : COMMUNITIES) {
			RegionView created = this.regions.create(streets.get(community[0]).id(), community[1], community[2]);
			communities.put(community[1], created);
			for (int g = 0; g < GRID_NAMES.length; g++) {
				RegionView grid = this.regions.create(created.id(), community[1] + "-G" + (g + 1), GRID_NAMES[g]);
				this.regions.locate(grid.id(), new BigDecimal("45.2600").add(BigDecimal.valueOf(index * 0.01)),
						new BigDecimal("130.9200").add(BigDecimal.valueOf(g * 0.01)));
			}
			index++;
		}
		Map<String, DepartmentView> departmentsByCode = new HashMap<>();
		for (String[] department : DEPARTMENTS) {
			departmentsByCode.put(department[0], this.departments.create(department[0], department[1], department[2]));
		}
		loadCategories(departmentsByCode);
		loadAccounts(district, streets.get("HJL"), communities.get("HQ"), departmentsByCode.get("GS"));
	}

	private void loadCategories(Map<String, DepartmentView> departments) {
		category("S01", "社保卡办理", "社保卡申领、补换、激活，可上门代办", TicketKind.SERVICE, OwnerLevel.GRID, null, 24, 120, true);
		category("S02", "高龄补贴申领", "80 周岁以上老人高龄津贴申领，可上门代办", TicketKind.SERVICE, OwnerLevel.GRID, null, 24, 168, true);
		category("S03", "居住证明开具", "开具居住证明、亲属关系证明", TicketKind.SERVICE, OwnerLevel.COMMUNITY, null, 24, 48, false);
		category("S04", "低保申请", "最低生活保障申请与复核", TicketKind.SERVICE, OwnerLevel.STREET, null, 24, 360, true);
		category("S05", "残疾人证代办", "残疾人证申领、换领，可上门代办", TicketKind.SERVICE, OwnerLevel.GRID, null, 24, 240, true);
		category("A01", "停水报修", "停水、水压不足、管道漏水", TicketKind.APPEAL, OwnerLevel.DEPARTMENT, departments.get("GS").id(), 2, 24, false);
		category("A02", "停电报修", "停电、电压不稳", TicketKind.APPEAL, OwnerLevel.DEPARTMENT, departments.get("GD").id(), 2, 12, false);
		category("A03", "楼道照明维修", "楼道灯、单元门禁损坏", TicketKind.APPEAL, OwnerLevel.GRID, null, 24, 72, false);
		category("A04", "道路破损", "小区及周边道路破损、井盖缺失", TicketKind.APPEAL, OwnerLevel.DEPARTMENT, departments.get("ZJ").id(), 24, 168, false);
		category("C01", "环境卫生", "垃圾清运不及时、乱堆乱放", TicketKind.COMPLAINT, OwnerLevel.GRID, null, 24, 72, false);
		category("C02", "噪音扰民", "施工、商铺、邻里噪音", TicketKind.COMPLAINT, OwnerLevel.COMMUNITY, null, 24, 72, false);
		category("C03", "食品安全", "过期食品、无证经营", TicketKind.COMPLAINT, OwnerLevel.DEPARTMENT, departments.get("SCJG").id(), 12, 120, false);
		category("C04", "物业服务", "物业不作为、收费争议", TicketKind.COMPLAINT, OwnerLevel.COMMUNITY, null, 24, 168, false);
	}

	private void category(String code, String name, String description, TicketKind kind, OwnerLevel owner,
			Long departmentId, int acceptHours, int resolveHours, boolean proxy) {
		this.catalog.create(code, new CategoryDefinition(name, description, kind, owner, departmentId, acceptHours,
				resolveHours, proxy, true));
	}

	private void loadAccounts(RegionView district, RegionView street, RegionView community, DepartmentView water) {
		RegionView grid1 = this.regions.findByCode("HQ-G1");
		RegionView grid2 = this.regions.findByCode("HQ-G2");
		RegionView grid3 = this.regions.findByCode("HQ-G3");
		RegionView otherCommunity = this.regions.findByCode("KX");
		RegionView otherStreet = this.regions.findByCode("XY");
		account("resident", "王秀兰", "13800000001", Role.RESIDENT, Set.of(), null);
		account("worker", "李建国", "13800000002", Role.GRID_WORKER, Set.of(grid1.id(), grid2.id()), null);
		account("worker2", "赵敏", "13800000012", Role.GRID_WORKER, Set.of(grid3.id()), null);
		account("community", "黄美玲", "13800000003", Role.COMMUNITY_STAFF, Set.of(community.id()), null);
		account("community2", "孙丽", "13800000013", Role.COMMUNITY_STAFF, Set.of(otherCommunity.id()), null);
		account("street", "付瑶", "13800000004", Role.STREET_COMMANDER, Set.of(street.id()), null);
		account("street2", "周强", "13800000014", Role.STREET_COMMANDER, Set.of(otherStreet.id()), null);
		account("district", "申国华", "13800000005", Role.DISTRICT_COMMANDER, Set.of(district.id()), null);
		account("department", "陈水生", "13800000006", Role.DEPARTMENT_STAFF, Set.of(), water.id());
		account("admin", "系统管理员", "13800000007", Role.ADMIN, Set.of(district.id()), null);
	}

	private void account(String username, String name, String phone, Role role, Set<Long> regionIds,
			Long departmentId) {
		this.accounts.createWithPassword(new StaffAccount(username, name, phone, role, regionIds, departmentId),
				PASSWORD);
	}

}
