package org.griddesk.region;

/**
 * A node as a choice in a form: {@code label} names the chain below the district ("红军路街道 / 红旗社区 / 第一网格"),
 * because grid names such as 第一网格 repeat in every community.
 */
public record RegionOption(Long id, String code, String label) {
}
