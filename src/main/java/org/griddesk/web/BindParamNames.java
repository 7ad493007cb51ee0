package org.griddesk.web;

import java.lang.reflect.Executable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.BindParamNameResolver;

/**
 * The request parameter each form record's constructor parameter binds from ({@code @BindParam}, else its own name),
 * looked up once per parameter. Spring asks for every parameter of every bound record on every request, through a
 * new {@link MethodParameter} each time, and the JDK parses all the constructor's parameter annotations again for
 * each question: for the resident's 14-field ticket form that was about half a millisecond of every submission.
 * Form records are a fixed set of classes, so the cache stays small.
 */
final class BindParamNames implements DataBinder.NameResolver {

	private final DataBinder.NameResolver annotated;

	private final Map<ConstructorParameter, Optional<String>> names = new ConcurrentHashMap<>();

	BindParamNames() {
		this(new BindParamNameResolver());
	}

	BindParamNames(DataBinder.NameResolver annotated) {
		this.annotated = annotated;
	}

	@Override
	public String resolveName(MethodParameter parameter) {
		return this.names
			.computeIfAbsent(new ConstructorParameter(parameter.getExecutable(), parameter.getParameterIndex()),
					key -> Optional.ofNullable(this.annotated.resolveName(parameter)))
			.orElse(null);
	}

	private record ConstructorParameter(Executable executable, int index) {
	}

}
