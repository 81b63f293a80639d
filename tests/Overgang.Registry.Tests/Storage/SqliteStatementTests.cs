using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>The bulk writer's statement binds texts and blobs from one buffer per row, without a copy: every value must arrive as bound.</summary>
public sealed class SqliteStatementTests
{
    [Fact]
    public void Execute_TextsAndBlobsOfEverySize_StoresEachValueAsBound()
    {
        // Given: rows with empty, null, short, Cyrillic and astral texts, empty and long blobs, and values long enough that a row
        // outgrows the statement's buffer after some of its values are bound
        var database = TestDatabase.Create("sqlite");
        using var context = database.Open();
        context.Database.OpenConnection();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        context.Database.ExecuteSqlRaw("CREATE TABLE statement_test (\"A\" TEXT, \"B\" TEXT, \"C\" BLOB, \"D\" TEXT)");
        var longText = string.Concat(Enumerable.Range(0, 3_000).Select(i => i % 3 == 0 ? "ї" : i % 3 == 1 ? "a" : "😀"));
        var longBlob = Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7)).ToArray();
        (string? A, string? B, byte[]? C, string? D)[] rows =
        [
            ("", null, [], "ї"),
            ("short", longText, longBlob, longText + "!"),
            (null, "", null, ""),
            (longText, "b", [0, 1, 2], "😀"),
            ("after", "the", [255], "growth"),
        ];

        // When: each row bound and stepped on one statement
        using (var statement = new SqliteStatement(connection, "INSERT INTO statement_test VALUES (?1, ?2, ?3, ?4)"))
        {
            foreach (var (a, b, c, d) in rows)
            {
                statement.Bind(1, a);
                statement.Bind(2, b);
                statement.Bind(3, c);
                statement.Bind(4, d);
                statement.Execute();
            }
        }

        // Then: the stored values and their types are those bound (an empty text is text, an empty blob a blob, not null)
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"A\", typeof(\"A\"), \"B\", typeof(\"B\"), \"C\", typeof(\"C\"), \"D\", typeof(\"D\") FROM statement_test ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var stored = new List<string>();
        while (reader.Read())
        {
            stored.Add(Row(reader));
        }

        Assert.Equal(rows.Select(r => Expected(r.A, r.B, r.C, r.D)), stored);
    }

    private static string Row(SqliteDataReader reader)
    {
        var text = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i += 2)
        {
            var value = reader.IsDBNull(i) ? "(null)" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetString(i);
            text.Append(value).Append(':').Append(reader.GetString(i + 1)).Append('|');
        }

        return text.ToString();
    }

    private static string Expected(string? a, string? b, byte[]? c, string? d) =>
        $"{a ?? "(null)"}:{(a is null ? "null" : "text")}|{b ?? "(null)"}:{(b is null ? "null" : "text")}|" +
        $"{(c is null ? "(null)" : Convert.ToHexString(c))}:{(c is null ? "null" : "blob")}|{d ?? "(null)"}:{(d is null ? "null" : "text")}|";
}
