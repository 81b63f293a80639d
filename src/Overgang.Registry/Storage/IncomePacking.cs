using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Storage;

/// <summary>
/// Stores a person's incomes (<see cref="PersonIncome.Months"/>) as one packed value: a <c>BLOB</c> on SQLite, <c>bytea</c>
/// on PostgreSQL, written by EF Core and, through the model, by <see cref="BulkWriter"/> (binary COPY on PostgreSQL); one
/// row a person where there was one row a person and month (docs/adr/0010-stored-decisions.md).
/// </summary>
/// <remarks>
/// The form, all numbers unsigned LEB128 varints (7 bits a byte, low first, high bit set on every byte but the last):
/// <list type="number">
/// <item>the first recorded month, zigzag-encoded (0, −1, 1, −2 … as 0, 1, 2, 3 …), in months since January 1970;</item>
/// <item>then, from that month on, per recorded month: its amount in cents, zigzag-encoded, plus 1 (so 1 byte for 0 and
/// 3 bytes up to €10,485.75); a run of months without a recorded income before it is a 0 followed by the run's length
/// minus 1.</item>
/// </list>
/// No months is no bytes. Every set of months and amounts survives a round trip but one amount: <see cref="long.MinValue"/>
/// cents, which no writer accepts (amounts are validated as not negative and at most 12 digits of euros), cannot be stored.
/// Migration <c>PackedIncomes</c> converts the rows stored before with the same form, built in SQL by <see cref="Sql"/>.
/// </remarks>
internal sealed class IncomePacking() : ValueConverter<IncomeMonths, byte[]>(
    months => Pack(months),
    bytes => Unpack(bytes))
{
    /// <summary>The packed form of <paramref name="months"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An amount of <see cref="long.MinValue"/> cents.</exception>
    public static byte[] Pack(IncomeMonths months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.IsEmpty)
        {
            return [];
        }

        // BinaryWriter's 7-bit encoding of a long is the unsigned LEB128 varint of its bits.
        using var stream = new MemoryStream(2 + (3 * months.Months.Length));
        using var writer = new BinaryWriter(stream);
        var next = MonthNumber(months.Months[0].Month);
        writer.Write7BitEncodedInt64(Zigzag(next));
        foreach (var (month, cents) in months.Months)
        {
            if (cents == long.MinValue)
            {
                throw new ArgumentOutOfRangeException(nameof(months), cents, $"an income of {cents} cents in {month:uuuu-MM} cannot be stored");
            }

            var number = MonthNumber(month);
            if (number > next)
            {
                writer.Write7BitEncodedInt64(0);
                writer.Write7BitEncodedInt64(number - next - 1);
            }

            writer.Write7BitEncodedInt64(unchecked(Zigzag(cents) + 1)); // as unsigned: only MinValue's zigzag has no successor
            next = number + 1;
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>The months packed in <paramref name="bytes"/>.</summary>
    /// <exception cref="FormatException">Bytes that are not a packed form (cut off, or a varint over 64 bits).</exception>
    public static IncomeMonths Unpack(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return IncomeMonths.None;
        }

        // Read from the bytes themselves (every person's row is read by a run): once to count the months, once to fill them.
        var count = 0;
        var at = 0;
        _ = Varint(bytes, ref at);
        while (at < bytes.Length)
        {
            if (Varint(bytes, ref at) == 0)
            {
                _ = Varint(bytes, ref at);
            }
            else
            {
                count++;
            }
        }

        var months = new MonthlyIncome[count];
        at = 0;
        var next = Unzigzag(Varint(bytes, ref at));
        for (var i = 0; i < months.Length;)
        {
            var value = Varint(bytes, ref at);
            if (value == 0)
            {
                var gap = Varint(bytes, ref at);
                next += gap >= 0 ? gap + 1 : throw new FormatException("packed incomes: a gap back in time");
                continue;
            }

            months[i++] = new MonthlyIncome(MonthOf(next), Unzigzag(unchecked(value - 1)));
            next++;
        }

        // The packing gives the months in order, each once (a gap moves on by at least one month).
        return IncomeMonths.InOrder(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(months));
    }

    /// <summary>The unsigned LEB128 varint at <paramref name="at"/> as <see cref="BinaryReader.Read7BitEncodedInt64"/> reads it.</summary>
    /// <exception cref="FormatException">The bytes end inside the number, or it has more than 64 bits.</exception>
    private static long Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        var result = 0UL;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = at < bytes.Length ? bytes[at++] : throw new FormatException("packed incomes cut off inside a number");
            result |= (ulong)(b & 0x7F) << shift;
            if (b <= 0x7F)
            {
                return unchecked((long)result);
            }
        }

        var last = at < bytes.Length ? bytes[at++] : throw new FormatException("packed incomes cut off inside a number");
        return last <= 1 ? unchecked((long)(result | ((ulong)last << 63))) : throw new FormatException("packed incomes: a number over 64 bits");
    }

    /// <summary>Months since January 1970 (negative before).</summary>
    internal static long MonthNumber(LocalDate month) => ((month.Year - 1970L) * 12) + month.Month - 1;

    private static LocalDate MonthOf(long number)
    {
        var (years, month) = Math.DivRem(number, 12);
        return month < 0 ? new LocalDate((int)(1970 + years - 1), (int)month + 13, 1) : new LocalDate((int)(1970 + years), (int)month + 1, 1);
    }

    // Bit arithmetic: the project checks overflow, which these shifts and reinterpretations do on purpose.
    private static long Zigzag(long value) => unchecked((value << 1) ^ (value >> 63));

    private static long Unzigzag(long value) => unchecked((long)((ulong)value >> 1) ^ -(value & 1));

    /// <summary>
    /// The packing in SQL, for migration <c>PackedIncomes</c>: the statement filling <c>person_income</c> from the rows of
    /// <c>monthly_income</c> (on SQLite with months as days since 1970-01-01, migration <c>CompactDates</c>), the same bytes
    /// as <see cref="Pack"/> for amounts within ±2⁶² cents.
    /// </summary>
    internal static string Sql(bool postgres)
    {
        var monthNumber = postgres
            ? """((extract(year FROM "Month")::bigint - 1970) * 12 + extract(month FROM "Month")::bigint - 1)"""
            : """((CAST(strftime('%Y', "Month" * 86400, 'unixepoch') AS INTEGER) - 1970) * 12 + CAST(strftime('%m', "Month" * 86400, 'unixepoch') AS INTEGER) - 1)""";
        var aggregate = postgres ? "decode(string_agg(piece, '' ORDER BY m), 'hex')" : "unhex(group_concat(piece, '' ORDER BY m))";
        var zigzag = (string x) => $"CASE WHEN {x} >= 0 THEN 2 * {x} ELSE -2 * {x} - 1 END";
        return $"""
            INSERT INTO person_income ("PersonId", "Months")
            SELECT "PersonId", {aggregate}
            FROM (
                SELECT "PersonId", m,
                    CASE WHEN previous IS NULL THEN {Varint("first_number", postgres)}
                         WHEN m - previous > 1 THEN '00' || {Varint("gap", postgres)}
                         ELSE '' END || {Varint("amount", postgres)} AS piece
                FROM (
                    SELECT "PersonId", m, previous, {zigzag("m")} AS first_number, m - previous - 2 AS gap, {zigzag("cents")} + 1 AS amount
                    FROM (
                        SELECT "PersonId", {monthNumber} AS m, "AmountCents" AS cents,
                            LAG({monthNumber}) OVER (PARTITION BY "PersonId" ORDER BY "Month") AS previous
                        FROM monthly_income
                    ) numbered
                ) coded
            ) pieces
            GROUP BY "PersonId";
            """;
    }

    /// <summary>The varint of the non-negative integer column <paramref name="x"/> (below 2⁶³), as upper-case hex text.</summary>
    private static string Varint(string x, bool postgres)
    {
        var pieces = new List<string>(9);
        for (var k = 0; k < 9; k++)
        {
            var more = k < 8 ? $"CASE WHEN {x} >= {(1L << (7 * (k + 1))).ToString(CultureInfo.InvariantCulture)} THEN 128 ELSE 0 END" : "0";
            var value = $"((({x} >> {7 * k}) & 127) | {more})";
            var hex = postgres ? $"lpad(upper(to_hex({value})), 2, '0')" : $"printf('%02X', {value})";
            pieces.Add(k == 0 ? hex : $"CASE WHEN {x} >= {(1L << (7 * k)).ToString(CultureInfo.InvariantCulture)} THEN {hex} ELSE '' END");
        }

        return "(" + string.Join(" || ", pieces) + ")";
    }
}
