package org.griddesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.griddesk.account.Role;
import org.griddesk.catalog.TicketKind;
import org.griddesk.region.Scope;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

class StaffTicketPanelsTests {

	private static final TicketView TICKET = new TicketView(7L, "20250101-000007", TicketKind.COMPLAINT, 1L, "环境卫生",
			Channel.WEB, TicketStatus.SUBMITTED, "t", "d", 2L, "第一网格", null, null, null, null, null, null, null, null,
			null, false, null, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null, null, null, null, null, null, null,
			false, 0, DeadlineState.ON_TIME, 0);

	private static final Actor COMMANDER = new Actor(1L, "付瑶", Role.STREET_COMMANDER, Scope.NOTHING,
			Set.of(), null);

	@Test
	void panelsWithNothingToShowAreLeftOutAndTheRestKeepTheirOrder() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		// what an application context sets up, so that @Order on the panel beans counts
		beans.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE);
		beans.registerSingleton("whistle", new WhistlePanel());
		beans.registerSingleton("silent", new SilentPanel());
		beans.registerSingleton("urge", new UrgePanel());

		StaffTicketPanels panels = new StaffTicketPanels(beans.getBeanProvider(TicketPagePanel.class));

		assertThat(panels.shown(TICKET, COMMANDER)).containsExactly(
				new StaffTicketPanels.Shown("test/urge :: panel", "urge 20250101-000007"),
				new StaffTicketPanels.Shown("test/whistle :: panel", "whistle 付瑶"));
	}

	@Test
	void withoutPanelBeansThePageHasNone() {
		StaffTicketPanels panels = new StaffTicketPanels(
				new DefaultListableBeanFactory().getBeanProvider(TicketPagePanel.class));
		assertThat(panels.shown(TICKET, COMMANDER)).isEmpty();
	}

	@Test
	void theTicketPageRendersEachPanelFragmentWithItsModelAsPanel() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		engine.setTemplateResolver(templates);
		Context context = new Context();
		context.setVariable("panels", List.of(new StaffTicketPanels.Shown("test/panel :: panel", "督办 2 次"),
				new StaffTicketPanels.Shown("test/panel :: panel", "吹哨：供水公司")));

		String html = engine.process("ticket/detail", Set.of("panels"), context);

		assertThat(html).contains("<div class=\"test-panel\">督办 2 次</div>")
			.contains("<div class=\"test-panel\">吹哨：供水公司</div>");
	}

	@Order(2)
	static class WhistlePanel implements TicketPagePanel {

		@Override
		public String fragment() {
			return "test/whistle :: panel";
		}

		@Override
		public Object model(TicketView ticket, Actor actor) {
			return "whistle " + actor.displayName();
		}

	}

	@Order(1)
	static class UrgePanel implements TicketPagePanel {

		@Override
		public String fragment() {
			return "test/urge :: panel";
		}

		@Override
		public Object model(TicketView ticket, Actor actor) {
			return "urge " + ticket.number();
		}

	}

	static class SilentPanel implements TicketPagePanel {

		@Override
		public String fragment() {
			return "test/silent :: panel";
		}

		@Override
		public Object model(TicketView ticket, Actor actor) {
			return null;
		}

	}

}
