package org.griddesk.ledger;

/** A person's relation to the head of the household (户主). */
public enum Relation {

	SELF, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, CHILD_IN_LAW, OTHER_RELATIVE, TENANT, OTHER

}
