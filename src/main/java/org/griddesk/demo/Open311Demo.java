package org.griddesk.demo;

import org.griddesk.open311.ApiKeys;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published demo API key, so that the README's curl examples work against a fresh demo district. */
@Component
@Order(40)
class Open311Demo implements DemoStep {

	static final String DEMO_KEY = "griddesk-demo-key";

	private final ApiKeys apiKeys;

	Open311Demo(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@Override
	@Transactional
	public void load() {
		this.apiKeys.register("演示客户端 Demo client", DEMO_KEY, 600);
	}

}
