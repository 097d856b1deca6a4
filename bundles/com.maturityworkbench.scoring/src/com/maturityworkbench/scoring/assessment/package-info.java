/** Assessments of one enterprise or a composite enterprise, and their validation against a revision model. */
package com.maturityworkbench.scoring.assessment;
