/**
 * What the summary network draws, within the plan or region of the URL: the regions one level
 * below it when plans lie in two or more of them, otherwise how industries meet districts.
 *
 * A plain string, not a `graphql()` call: the page's boot script (boot.ts) sends it before the
 * rest of the page has loaded, and importing the typed documents would bring all of them along.
 * `npm run codegen` reads it like the others (its `GraphQL` comment) and types it as
 * `SummaryDocument`, which the views use (network.graphql.ts).
 */
export const SUMMARY_QUERY = /* GraphQL */ `
  query Summary($plan: ID, $region: ID) {
    industries(plan: $plan, region: $region) {
      code
      zh
      en
      projectCount
    }
    districts(plan: $plan, region: $region) {
      name
      projectCount
    }
    boxes(plan: $plan, region: $region) {
      number
      label
      title
      projectCount
    }
    districtIndustryMatrix(plan: $plan, region: $region) {
      district
      industry
      count
    }
    regionSummary(plan: $plan, region: $region) {
      regions {
        id
        name
        projectCount
      }
      cells {
        region
        industry
        count
      }
    }
  }
`;
