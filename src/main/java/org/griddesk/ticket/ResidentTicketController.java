package org.griddesk.ticket;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.griddesk.account.AccountView;
import org.griddesk.account.Accounts;
import org.griddesk.account.CurrentUser;
import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryView;
import org.griddesk.catalog.TicketKind;
import org.griddesk.ledger.HouseholdView;
import org.griddesk.ledger.Ledger;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.web.DateTimes;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's side of the closed loop: raise a matter (点单), follow it in "my tickets", cancel it before anyone
 * accepts it, and rate the result (效果直评).
 */
@Controller
@RequestMapping("/my/tickets")
class ResidentTicketController {

	private static final int PAGE_SIZE = 10;

	private final TicketLifecycle lifecycle;

	private final Tickets tickets;

	private final Actors actors;

	private final Catalog catalog;

	private final Regions regions;

	private final Accounts accounts;

	private final DateTimes dates;

	private final Ledger ledger;

	ResidentTicketController(TicketLifecycle lifecycle, Tickets tickets, Actors actors, Catalog catalog,
			Regions regions, Accounts accounts, DateTimes dates, Ledger ledger) {
		this.lifecycle = lifecycle;
		this.tickets = tickets;
		this.actors = actors;
		this.catalog = catalog;
		this.regions = regions;
		this.accounts = accounts;
		this.dates = dates;
		this.ledger = ledger;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<TicketRow> rows = this.tickets.ofResident(user.id(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("tickets", rows.getContent());
		model.addAttribute("links", PageLinks.of(rows));
		return "ticket/my-list";
	}

	@GetMapping("/new")
	String newTicket(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountView account = this.accounts.get(user.id());
		Home home = homeOf(account);
		return showForm(ResidentTicketForm.blank(home == null ? null : home.householdId(), account.phone(),
				UUID.randomUUID().toString()), home, model);
	}

	@PostMapping
	String submit(@Valid @ModelAttribute("form") ResidentTicketForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		BindingResult errors = boundTo(form, result, model);
		form.rejectMissingLocation(errors);
		if (form.proxyRequested() && form.proxyWindow() == null) {
			errors.rejectValue("proxyWindow", "ticket.form.proxyWindowRequired");
		}
		if (!errors.hasErrors()) {
			try {
				Long id = this.lifecycle.submit(form.toCommand(), form.uploads(), this.actors.of(user));
				redirect.addFlashAttribute("success", "ticket.my.submitted");
				return "redirect:/my/tickets/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(errors);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("photosDropped", form.hasPhotos());
		return showForm(form, homeOf(this.accounts.get(user.id())), model);
	}

	/** htmx: the category picker (and the home-visit choice) for the chosen kind and category. */
	@GetMapping("/new/categories")
	String categories(@RequestParam(required = false) TicketKind kind,
			@RequestParam(required = false) Long categoryId, @RequestParam(defaultValue = "false") boolean proxyRequested,
			@RequestParam(required = false) ProxyWindow proxyWindow, Model model) {
		ResidentTicketForm form = ResidentTicketForm.choosingCategory(kind, categoryId, proxyRequested, proxyWindow);
		model.addAttribute("form", form);
		addCategoryChoices(form, model);
		return "ticket/my-form :: category";
	}

	/** htmx: street → community → grid pickers, each narrowed by the choice above it. */
	@GetMapping("/new/location")
	String location(@RequestParam(required = false) Long streetId, @RequestParam(required = false) Long communityId,
			@RequestParam(required = false) Long gridId, Model model) {
		ResidentTicketForm form = ResidentTicketForm.choosingLocation(streetId, communityId, gridId);
		model.addAttribute("form", form);
		addLocationChoices(form, model);
		return "ticket/my-form :: location";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("cancelForm", ResidentCancelForm.blank());
		model.addAttribute("ratingForm", ResidentRatingForm.blank());
		return showDetail(id, user, model);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") ResidentCancelForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.lifecycle.cancel(id, this.actors.of(user), form.reason());
				redirect.addFlashAttribute("success", "ticket.my.cancelled");
				return "redirect:/my/tickets/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("ratingForm", ResidentRatingForm.blank());
		return showDetail(id, user, model);
	}

	@PostMapping("/{id}/rating")
	String rate(@PathVariable Long id, @Valid @ModelAttribute("ratingForm") ResidentRatingForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.lifecycle.rate(id, this.actors.of(user), form.solved(), form.score(), form.comment());
				redirect.addFlashAttribute("success", form.solved() ? "ticket.my.rated" : "ticket.my.reopened");
				return "redirect:/my/tickets/" + id;
			}
			catch (InvalidInputException ex) {
				ex.reject(result);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("cancelForm", ResidentCancelForm.blank());
		return showDetail(id, user, model);
	}

	/**
	 * A value that cannot be converted (a kind that does not exist, letters for a grid id) leaves the binding without
	 * a target; the form is then re-bound to the record built from the rest, keeping those errors, so that the page
	 * shows what was typed and where it went wrong.
	 */
	private static BindingResult boundTo(ResidentTicketForm form, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, "form");
		rebound.addAllErrors(result);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", rebound);
		return rebound;
	}

	private String showForm(ResidentTicketForm form, Home home, Model model) {
		// a re-display keeps the bound form: replacing it would drop its BindingResult, and with it the errors
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("home", home);
		model.addAttribute("kinds", TicketKind.values());
		model.addAttribute("maxPhotos", TicketPhotos.MAX_PHOTOS);
		model.addAttribute("maxPhotoBytes", TicketPhotos.MAX_BYTES);
		addCategoryChoices(form, model);
		addLocationChoices(form, model);
		return "ticket/my-form";
	}

	private void addCategoryChoices(ResidentTicketForm form, Model model) {
		List<CategoryView> offered = form.kind() == null ? List.of() : this.catalog.offered(form.kind());
		CategoryView chosen = offered.stream()
			.filter(category -> category.id().equals(form.categoryId()))
			.findFirst()
			.orElse(null);
		model.addAttribute("categories", offered);
		model.addAttribute("chosenCategory", chosen);
		model.addAttribute("proxyOffered", chosen != null && chosen.proxyCapable());
		model.addAttribute("proxyWindows", ProxyWindow.values());
	}

	/** Each level lists the children of the choice above it; a stale choice below a changed one lists nothing. */
	private void addLocationChoices(ResidentTicketForm form, Model model) {
		List<RegionView> streets = this.regions.children(this.regions.district().id());
		List<RegionView> communities = childrenIfListed(streets, form.streetId());
		List<RegionView> grids = childrenIfListed(communities, form.communityId());
		model.addAttribute("streets", streets);
		model.addAttribute("communities", communities);
		model.addAttribute("grids", grids);
	}

	/**
	 * The household of the ledger person the account is linked to, read from the account rather than the session so
	 * that a link made after sign-in counts; {@code null} for a resident the ledger does not know.
	 */
	private Home homeOf(AccountView account) {
		Long personId = account.personId();
		if (personId == null) {
			return null;
		}
		return this.ledger.householdOfPerson(personId).map(this::home).orElse(null);
	}

	/** The resident's own address, shown plainly: it is theirs. The grid is named with its community. */
	private Home home(HouseholdView household) {
		String place = this.regions.ancestry(household.gridId())
			.stream()
			.filter(region -> region.level() != RegionLevel.DISTRICT && region.level() != RegionLevel.STREET)
			.map(RegionView::name)
			.collect(Collectors.joining(" "));
		return new Home(household.id(), household.fullAddress(), place);
	}

	private List<RegionView> childrenIfListed(List<RegionView> listed, Long chosenId) {
		if (chosenId == null || listed.stream().noneMatch(region -> region.id().equals(chosenId))) {
			return List.of();
		}
		return this.regions.children(chosenId);
	}

	private String showDetail(Long id, CurrentUser user, Model model) {
		TicketDetail detail = this.tickets.detail(id, this.actors.of(user));
		TicketView ticket = detail.ticket();
		model.addAttribute("ticket", ticket);
		model.addAttribute("timeline", detail.timeline());
		model.addAttribute("proxyWindowKey", ProxyWindow.labelKeyOf(ticket.proxyWindow()));
		model.addAttribute("nextStep", nextStep(ticket));
		return "ticket/my-detail";
	}

	/** "What happens next" for the ticket's state, with the moment that matters for it. */
	private NextStep nextStep(TicketView ticket) {
		String key = "ticket.next." + ticket.status();
		return switch (ticket.status()) {
			case SUBMITTED -> new NextStep(key, this.dates.dateTime(ticket.acceptDueAt()));
			case ACCEPTED, IN_PROGRESS -> new NextStep(key, this.dates.dateTime(ticket.resolveDueAt()));
			case RESOLVED -> new NextStep(key, this.dates
				.dateTime(ticket.resolvedAt() == null ? null : ticket.resolvedAt().plus(TicketLifecycle.UNRATED_CLOSE_AFTER)));
			case CLOSED -> new NextStep(ticket.ratingScore() == null ? key + ".unrated" : key, "");
			case CANCELLED, REJECTED -> new NextStep(key, "");
		};
	}

	/** Where a linked resident lives: the household offered as the ticket's location. */
	record Home(Long householdId, String address, String place) {
	}

	/** A message key and the one value it mentions. */
	record NextStep(String key, String when) {
	}

}
