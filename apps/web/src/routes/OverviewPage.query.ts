import { graphql } from '../generated';

// A module of its own, imported by the app's entry as well as by the page: the overview's query
// goes out as soon as the shell's answer names the unit and month (startFirstPage in App.tsx),
// without waiting for the page's chunk to arrive.
// Summaries, tiles and the economy are computed per request and have no id, so the cache cannot
// hand them to a component's useFragment: their fragments are spread unmasked (@unmask) and
// passed down as data. The page itself reads only the ids it selects beside them.
export const OverviewPage_Query = graphql(`
  query OverviewPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {
    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      ...EconomyGlance_economy @unmask
    }
    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      orgUnit {
        id
        name
      }
      attention {
        ...AttentionSection_attention @unmask
      }
      perspectives {
        perspective {
          id
        }
        ...PerspectiveCard_summary @unmask
      }
      keyIndicators {
        indicator {
          id
        }
        ...KeyIndicatorTile_tile @unmask
      }
      redProjects {
        id
        name
        portfolioName
        statusDate
        time
        cost
        result
      }
      changeCount
      changes(first: 20) {
        kind
        id
        name
        previous
        current
        previousSetByHand
        currentSetByHand
        orgUnit {
          id
          name
        }
      }
      topRisks {
        id
        title
        categoryName
        probability
        consequence
        score
        isDemoValue
      }
    }
  }
`);
