package org.yeyak.rules;

/** Why a person may not book now; the order of the constants is the order they are checked in. */
public enum RefusalReason { COHORT, NOT_YOUR_DAY, WINDOW_NOT_OPEN, WINDOW_CLOSED }
