package org.griddesk.ledger;

/** The groups a grid worker looks after with particular care (重点人群). */
public enum PersonTag {

	/** 独居老人 */
	ELDERLY_ALONE,
	/** 残疾人 */
	DISABLED,
	/** 留守儿童 */
	LEFT_BEHIND_CHILD,
	/** 低保 */
	LOW_INCOME,
	/** 高龄老人 (80+) */
	ELDERLY_80,
	/** 退役军人 */
	VETERAN,
	/** 慢性病患者 */
	CHRONIC_ILLNESS,
	/** 流动人口 */
	FLOATING

}
