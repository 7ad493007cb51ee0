package org.griddesk.region;

public record DepartmentView(Long id, String code, String name, String phone, boolean enabled) {
}
