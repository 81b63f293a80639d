using System.Collections.Immutable;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>A reform shipped with the application.</summary>
/// <param name="Name">Its name, to start a run with.</param>
/// <param name="Title">One line saying what it does.</param>
/// <param name="Description">Why it is considered and what it leaves unchanged.</param>
/// <param name="Parameters">The parameters it changes.</param>
public sealed record ShippedReformResponse(string Name, string Title, string Description, ImmutableArray<string> Parameters);

/// <summary>The body of <c>POST /api/v1/analysis/reforms/runs</c> as JSON: a shipped reform's name, or a reform file's text.</summary>
/// <param name="Reform">The name of a shipped reform (see <c>GET /api/v1/analysis/reforms</c>).</param>
/// <param name="Yaml">Or the text of a reform file (the same format as <c>reforms/*.yaml</c>), at most 32 KB.</param>
public sealed record StartReformRequest(string? Reform, string? Yaml);

/// <summary>A reform run: where it is and, when finished, every table of <c>overgang simulate</c>.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Reform">The reform's name.</param>
/// <param name="Title">The reform's title.</param>
/// <param name="Shipped">True for a shipped reform, false for an uploaded one.</param>
/// <param name="Status"><c>queued</c>, <c>running</c>, <c>finished</c> or <c>failed</c>.</param>
/// <param name="Phase">While running: <c>population</c>, <c>baseline</c>, <c>reform</c>, <c>comparison</c> or <c>report</c>.</param>
/// <param name="Percent">How far it is, 0 to 100.</param>
/// <param name="Error">Why a failed run stopped.</param>
/// <param name="Parameter">The parameter that is unknown, when that stopped it.</param>
/// <param name="Result">The result of a finished run.</param>
public sealed record ReformRunResponse(string Id, string Reform, string Title, bool Shipped, string Status, string? Phase, int Percent, string? Error, string? Parameter, ReformRunResult? Result);

/// <summary>What a finished reform run found.</summary>
/// <param name="Population">What the population was.</param>
/// <param name="Persons">Persons with a protection registration.</param>
/// <param name="Date">The transition decision date (ISO).</param>
/// <param name="FirstMonth">The first month (<c>yyyy-MM</c>).</param>
/// <param name="LastMonth">The last month (<c>yyyy-MM</c>).</param>
/// <param name="BaselineVersion">The version of the baseline parameters.</param>
/// <param name="ReformVersion">The version of the reformed parameters.</param>
/// <param name="Tables">Every table, as <c>overgang simulate</c> prints them and the CSV files hold them: numbers written invariantly, amounts in euros.</param>
public sealed record ReformRunResult(string Population, int Persons, string Date, string FirstMonth, string LastMonth, string BaselineVersion, string ReformVersion, ImmutableArray<TableResponse> Tables);

/// <summary>One table.</summary>
/// <param name="Id">Its id, such as <c>reform-months</c> (also the CSV file's name).</param>
/// <param name="Title">Its caption.</param>
/// <param name="Columns">The column headings.</param>
/// <param name="Rows">The rows, cells as text.</param>
public sealed record TableResponse(string Id, string Title, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows);
