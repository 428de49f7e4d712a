using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// Inserts rows of one entity type with one multi-row <c>INSERT</c>, through EF Core's command layer (ADR 0060): the
/// model names the table and columns and each column's type mapping makes its parameter, value converter included, so
/// a row is stored exactly as EF Core's own save would store it. The rows are not tracked. Only for types whose every
/// column is written by the application (no key or default the database makes).
/// </summary>
/// <remarks>
/// EF Core's save sends one <c>INSERT</c> per row, and Microsoft.Data.Sqlite prepares each afresh: the six audit
/// entries of a petition were six statements in the SQLite writer's turn, where every writer behind it waits.
/// </remarks>
public static class RowsInOneStatement
{
    /// <summary>Rows per statement: each row is one parameter per column, and both engines limit how many a statement takes.</summary>
    private const int Chunk = 500;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => (Property: p, Getter: p.GetGetter(), Mapping: p.GetRelationalTypeMapping(), Name: p.GetColumnName(table)!)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var connection = db.GetService<IRelationalConnection>();
        var logger = db.GetService<IRelationalCommandDiagnosticsLogger>();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(head);
            var values = new Dictionary<string, object?>(chunk.Length * columns.Count);
            for (var r = 0; r < chunk.Length; r++)
            {
                builder.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"p{(r * columns.Count) + c}";
                    var (property, getter, mapping, _) = columns[c];
                    builder.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    builder.AddParameter(name, sql.GenerateParameterName(name), mapping, property.IsNullable);
                    values[name] = getter.GetClrValueUsingContainingEntity(chunk[r]);
                }

                builder.Append(")");
            }

            await builder.Build().ExecuteNonQueryAsync(new RelationalCommandParameterObject(connection, values, null, db, logger, CommandSource.SaveChanges), ct);
        }
    }
}
