/** Exact results of scoring: level scores and determination, per-domain and per-subdomain scores, effective weights, draft gaps, next-level gaps, composite results. */
package com.maturityworkbench.scoring.result;
