using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <summary>
    /// Two aids to searching common words (issue 21, ADR 0038), SQLite only: an index of the titles' folded words
    /// alone, so that the records titled with the words are found without walking every record's words, and an
    /// index of (Id, PublicFrom), so that the public filter on thousands of matches reads a small index rather than
    /// each entry's row. The titles' words are made by the application (Vietnamese folding), not by SQL, so the
    /// search entries are emptied here and built again from the records in the background at the next start
    /// (<c>IndexOnStart</c>); until then search finds less. The entries are derived rows: nothing is lost.
    /// </summary>
    public partial class SearchTitles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"SearchTitles\" USING fts5(\"Title\", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');");
            migrationBuilder.Sql("CREATE INDEX \"IX_SearchEntries_Id_PublicFrom\" ON \"SearchEntries\" (\"Id\", \"PublicFrom\");");
            migrationBuilder.Sql("DELETE FROM \"SearchAudience\";");
            migrationBuilder.Sql("DELETE FROM \"SearchEntries\";");
            migrationBuilder.Sql("INSERT INTO \"SearchIndex\"(\"SearchIndex\") VALUES ('delete-all');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_SearchEntries_Id_PublicFrom\";");
            migrationBuilder.Sql("DROP TABLE \"SearchTitles\";");
        }
    }
}
