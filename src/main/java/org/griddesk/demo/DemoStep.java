package org.griddesk.demo;

/** One part of the demo data; steps run in {@link org.springframework.core.annotation.Order} order. */
interface DemoStep {

	void load();

}
