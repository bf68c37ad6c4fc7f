/**
 * The booking rules of a vaccination pre-reservation, as pure Java: who belongs to a campaign
 * ({@link org.yeyak.rules.Cohort}, {@link org.yeyak.rules.ResidentId}), when each person may book
 * ({@link org.yeyak.rules.DigitSchedule}, {@link org.yeyak.rules.CampaignSchedule},
 * {@link org.yeyak.rules.Eligibility}) and how congested an identity provider looks
 * ({@link org.yeyak.rules.ProviderLight}). No I/O, no framework; every instant is passed in.
 */
package org.yeyak.rules;
