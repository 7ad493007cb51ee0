package org.griddesk.web;

import java.lang.reflect.Constructor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.BindParamNameResolver;

import static org.assertj.core.api.Assertions.assertThat;

class BindParamNamesTests {

	record SearchForm(@BindParam("q") String text, String status) {
	}

	private static MethodParameter parameter(int index) {
		Constructor<?> constructor = SearchForm.class.getDeclaredConstructors()[0];
		return MethodParameter.forFieldAwareConstructor(constructor, index,
				constructor.getParameters()[index].getName());
	}

	@Test
	void namesABoundParameterAsItsAnnotationSaysAndLeavesTheOthersToTheirOwnNames() {
		BindParamNames names = new BindParamNames();
		assertThat(names.resolveName(parameter(0))).isEqualTo("q");
		assertThat(names.resolveName(parameter(1))).isNull();
		assertThat(names.resolveName(parameter(0))).isEqualTo("q");
		assertThat(names.resolveName(parameter(1))).isNull();
	}

	@Test
	void readsEachConstructorParameterOnceHoweverOftenItIsAskedThroughNewMethodParameters() {
		AtomicInteger lookups = new AtomicInteger();
		DataBinder.NameResolver annotated = new BindParamNameResolver();
		BindParamNames names = new BindParamNames(parameter -> {
			lookups.incrementAndGet();
			return annotated.resolveName(parameter);
		});
		for (int request = 0; request < 5; request++) {
			names.resolveName(parameter(0));
			names.resolveName(parameter(1));
		}
		assertThat(lookups).hasValue(2);
	}

}
