package org.griddesk.dispatch;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts a form into the model for a page to render. A form record whose binding failed on a type (a date that is no
 * date) is not constructed at all: the page then gets the empty form, keeping the binding's errors and rejected
 * values, so that it still shows the message next to the field.
 */
final class FormModels {

	private FormModels() {
	}

	static void ensure(Model model, String name, Object empty) {
		if (model.getAttribute(name) != null) {
			return;
		}
		String bindingKey = BindingResult.MODEL_KEY_PREFIX + name;
		BindingResult failed = (BindingResult) model.getAttribute(bindingKey);
		model.addAttribute(name, empty);
		if (failed != null) {
			BeanPropertyBindingResult kept = new BeanPropertyBindingResult(empty, name);
			kept.addAllErrors(failed);
			model.addAttribute(bindingKey, kept);
		}
	}

}
