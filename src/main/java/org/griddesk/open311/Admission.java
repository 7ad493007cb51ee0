package org.griddesk.open311;

import org.springframework.stereotype.Component;

/**
 * Who may make a request: filing needs a valid key; reading may be anonymous (the spec's GET methods need no key),
 * but a key that is sent must be valid and counts against its limit. Either way the jurisdiction must be this one.
 */
@Component
class Admission {

	private final ApiKeyGate gate;

	private final Jurisdiction jurisdiction;

	Admission(ApiKeyGate gate, Jurisdiction jurisdiction) {
		this.gate = gate;
		this.jurisdiction = jurisdiction;
	}

	ApiClient writer(Params params) {
		ApiClient client = this.gate.admit(params.get("api_key"));
		this.jurisdiction.check(params);
		return client;
	}

	void reader(Params params) {
		String key = params.get("api_key");
		if (key != null) {
			this.gate.admit(key);
		}
		this.jurisdiction.check(params);
	}

}
