package org.griddesk.web;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BindParamNamesIntegrationTests {

	@Autowired
	RequestMappingHandlerAdapter adapter;

	record Form(String text) {
	}

	@Test
	void everyBinderLooksNamesUpOnceAndKeepsBootsConversionAndValidation() {
		WebDataBinder binder = new WebDataBinder(new Form("x"), "form");
		this.adapter.getWebBindingInitializer().initBinder(binder);
		assertThat(binder.getNameResolver()).isInstanceOf(BindParamNames.class);
		assertThat(binder.getConversionService()).isNotNull();
		assertThat(binder.getValidators()).isNotEmpty();
	}

}
