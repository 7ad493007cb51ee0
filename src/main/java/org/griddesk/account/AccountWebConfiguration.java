package org.griddesk.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new OneTimePasswordInterceptor())
			.excludePathPatterns(MyAccountController.PATH, MyAccountController.PATH + "/**", "/error", "/webjars/**",
					"/css/**", "/js/**", "/images/**", "/favicon.ico");
	}

}
