using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatConsent.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlatformConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PrivacyModeReason",
                table: "Visitors",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Consent",
                table: "Sites",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<bool>(
                name: "GlobalPrivacyControl",
                table: "ConsentRecords",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "RevokesRecordId",
                table: "ConsentRecords",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PrivacyModeReason",
                table: "Visitors");

            migrationBuilder.DropColumn(
                name: "Consent",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "GlobalPrivacyControl",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "RevokesRecordId",
                table: "ConsentRecords");
        }
    }
}
