using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentProvision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HandOver",
                table: "payment",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HealthInsuranceFrom",
                table: "payment",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthInsuranceInsured",
                table: "payment",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HealthInsurancePremiumCents",
                table: "payment",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provision",
                table: "payment",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialAssistanceCents",
                table: "payment",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HandOver",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "HealthInsuranceFrom",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "HealthInsuranceInsured",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "HealthInsurancePremiumCents",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "Provision",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "SocialAssistanceCents",
                table: "payment");
        }
    }
}
