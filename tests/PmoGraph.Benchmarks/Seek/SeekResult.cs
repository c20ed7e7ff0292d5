namespace PmoGraph.Benchmarks.Seek;

/// <summary>One way of paging <c>bi_fact_financials</c>: the medians of its first and late page, and all its pages once.</summary>
internal sealed record SeekResult(string Way, long Rows, int Pages, TimeSpan FirstPage, TimeSpan LatePage, int LatePageNumber, TimeSpan AllPages);
