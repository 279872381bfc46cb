/** The domain of OpenSeason: programs, their cycles and milestones, eligibility, compensation and status. */
package org.openseason.domain;
