package org.yeyak.rules;

/**
 * Why a person may not book now (see {@link Eligibility} for the order they are decided in).
 * {@code COHORT}: born outside the campaign's cohort. {@code NOT_YOUR_DAY}: the window open now
 * (or opening next) is another group's; theirs opens later. {@code WINDOW_NOT_OPEN}: their own
 * window is the next to open. {@code WINDOW_CLOSED}: none of their windows is left.
 */
public enum RefusalReason { COHORT, NOT_YOUR_DAY, WINDOW_NOT_OPEN, WINDOW_CLOSED }
