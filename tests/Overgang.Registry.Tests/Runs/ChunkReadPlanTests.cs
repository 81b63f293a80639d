using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Npgsql;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

/// <summary>
/// On PostgreSQL a run's chunk reads each fact table with rows for most persons by its person index, whatever the
/// cluster's costs (issue 13, stop 32), and joins the tables with rows for few persons (a small table hashed costs less):
/// a join of a fact table to the chunk's persons is planned by costs, and with the default <c>random_page_cost</c> of 4
/// PostgreSQL reads the whole fact table for every chunk once it has about a million rows (bench/README.md, stop 31).
/// </summary>
public sealed class ChunkReadPlanTests
{
    [Fact]
    public void Runs_OnPostgres_ReadEachLargeFactTableOfAChunkByItsPersonIndex_NoJoin_AndJoinTheSmallOnes()
    {
        // Given: 40 households on PostgreSQL, the SQL and parameters of every read of the decisions run and of a month after protection ended (which reads the paths' rows too)
        var reads = new FactReads();
        var database = TestDatabase.Create("postgresql") with { Interceptors = [reads] };
        TestPopulation.Seed(database, 40);
        reads.Reset();
        Assert.True(DecisionsRun.TryExecute(database, new LocalDate(2027, 3, 4), ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var decisions, out _));
        var month = AllowanceRun.Execute(database, new YearMonth(2027, 4), ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10));
        Assert.Equal("finished", decisions.Status);
        Assert.Equal("finished", month.Status);

        // When: each fact read is planned with PostgreSQL's default costs, a sequential scan ruled out (the tables are tiny here)
        // (the registry's own connection: its data source writes NodaTime's dates)
        using var context = database.Open();
        context.Database.OpenConnection();
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        using (var settings = new NpgsqlCommand("SET random_page_cost = 4; SET enable_seqscan = off", connection))
        {
            settings.ExecuteNonQuery();
        }

        var indexed = new SortedSet<string>(StringComparer.Ordinal);
        var joined = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (sql, parameters) in reads.Captured)
        {
            using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
            explain.Parameters.AddRange(parameters);
            using var plan = JsonDocument.Parse((string)explain.ExecuteScalar()!);
            var nodes = Nodes(plan.RootElement[0].GetProperty("Plan")).ToList();
            var relations = nodes.Where(n => n.TryGetProperty("Relation Name", out _)).ToList();
            if (relations.Exists(n => n.GetProperty("Relation Name").GetString() == "person"))
            {
                // Then: a table with rows for few persons is joined to the chunk's persons (hashing it costs less than 8,000 probes)
                var table = Assert.Single(relations, n => n.GetProperty("Relation Name").GetString() != "person");
                joined.Add(table.GetProperty("Relation Name").GetString()!);
                continue;
            }

            // Then: a table with rows for most persons is read alone, by an index looking up the chunk's persons (no join whose plan depends on the table's size)
            var scan = Assert.Single(relations);
            var type = scan.GetProperty("Node Type").GetString();
            Assert.True(nodes.All(n => !n.GetProperty("Node Type").GetString()!.Contains("Join", StringComparison.Ordinal) && n.GetProperty("Node Type").GetString() != "Nested Loop"), sql);
            var cond = Nodes(scan).Select(n => n.TryGetProperty("Index Cond", out var c) ? c.GetString() : null).OfType<string>().SingleOrDefault();
            Assert.True(cond is not null && cond.Contains("\"PersonId\"", StringComparison.Ordinal) && cond.Contains("= ANY (", StringComparison.Ordinal), $"{type} without a person index condition: {sql}");
            indexed.Add(scan.GetProperty("Relation Name").GetString()!);
        }

        // And: every fact table the two runs read by person was checked, the large ones by their index
        Assert.Equal<string>(["decision", "person_income", "person_parent", "placement", "protection", "return_commitment"], indexed);
        Assert.Equal<string>(["absence", "ended_partnership", "other_permit", "return_course", "return_departure", "return_visit", "return_withdrawal", "transitional_stay"], joined);
    }

    /// <summary>A plan node and every node under it.</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement node)
    {
        yield return node;
        if (node.TryGetProperty("Plans", out var plans))
        {
            foreach (var child in plans.EnumerateArray().SelectMany(Nodes))
            {
                yield return child;
            }
        }
    }

    /// <summary>The SQL and parameters of every query that reads rows by <c>"PersonId"</c>.</summary>
    private sealed class FactReads : DbCommandInterceptor
    {
        private readonly Lock _lock = new();
        private readonly List<(string Sql, NpgsqlParameter[] Parameters)> _captured = [];

        public IReadOnlyList<(string Sql, NpgsqlParameter[] Parameters)> Captured
        {
            get
            {
                lock (_lock)
                {
                    return [.. _captured];
                }
            }
        }

        public void Reset()
        {
            lock (_lock)
            {
                _captured.Clear();
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            if (command.CommandText.StartsWith("SELECT", StringComparison.Ordinal) && command.CommandText.Contains("\"PersonId\"", StringComparison.Ordinal))
            {
                lock (_lock)
                {
                    _captured.Add((command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
                }
            }

            return result;
        }
    }
}
