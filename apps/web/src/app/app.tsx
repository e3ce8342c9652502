import '@mantine/core/styles.css';
import { Button, Center, MantineProvider, Stack, Text, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { Layout } from '../components/layout';
import { RequireSession } from '../components/require-session';
import { AcceptInvitationPage } from '../pages/accept-invitation.page';
import { AdminAuditPage } from '../pages/admin-audit.page';
import { AdminReviewPage } from '../pages/admin-review.page';
import { AdminReviewsPage } from '../pages/admin-reviews.page';
import { ClaimListingPage } from '../pages/claim-listing.page';
import { DirectoryPage } from '../pages/directory.page';
import { HomePage } from '../pages/home.page';
import { LandingPage } from '../pages/landing.page';
import { NotificationsPage } from '../pages/notifications.page';
import { OpportunitiesPage } from '../pages/opportunities.page';
import { OpportunityPage } from '../pages/opportunity.page';
import { ProfilePage } from '../pages/profile.page';
import { QuoteFormPage } from '../pages/quote-form.page';
import { ResetPasswordPage } from '../pages/reset-password.page';
import { RfqComparePage } from '../pages/rfq-compare.page';
import { RfqRatingPage } from '../pages/rfq-rating.page';
import { SupplierRatingsPage } from '../pages/supplier-ratings.page';
import { RfqComparePrintPage } from '../pages/rfq-compare-print.page';
import { RfqDetailPage } from '../pages/rfq-detail.page';
import { RfqEditPage } from '../pages/rfq-edit.page';
import { RfqListPage } from '../pages/rfq-list.page';
import { SearchPage } from '../pages/search.page';
import { SignInPage } from '../pages/sign-in.page';
import { SignUpPage } from '../pages/sign-up.page';
import { SupplierProfilePage } from '../pages/supplier-profile.page';
import { SupplierPublicPage } from '../pages/supplier-public.page';
import { TeamPage } from '../pages/team.page';
import { VerifyEmailPage } from '../pages/verify-email.page';
import { VocabularyPage } from '../pages/vocabulary.page';
import { TransitPage } from '../pages/transit.page';
import { SessionProvider } from '../session/session';

/** A deep teal: its working shades keep white text, and tinted backgrounds, above WCAG AA contrast. */
const brand: MantineColorsTuple = ['#e6f4f1', '#c3e6de', '#9cd6c8', '#72c4b1', '#4fb59f', '#34a18a', '#238a75', '#17705f', '#0e5a4c', '#08463b'];

const theme = createTheme({
  colors: { brand },
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '750' },
  defaultRadius: 'md',
  // Links inside text must not rely on colour alone.
  components: { Anchor: { defaultProps: { underline: 'always' } } },
});

/** Mantine's "dimmed" grey (and error red) falls below WCAG AA contrast on white; a darker grey keeps it readable. */
const readableColors: CSSVariablesResolver = () => ({
  variables: {},
  // The same for its error red (field errors under inputs): red 6 is below AA on white, red 9 is not.
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center h={240}>
      <Stack align="center">
        <Text>{t('states.notFound')}</Text>
        <Button component={Link} to="/">
          {t('states.notFoundAction')}
        </Button>
      </Stack>
    </Center>
  );
}

const signedIn = (page: ReactElement, admin = false) => <RequireSession admin={admin}>{page}</RequireSession>;

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={readableColors}>
      <BrowserRouter>
        <SessionProvider>
          <Layout>
            <Routes>
              <Route path="/" element={<LandingPage />} />
              <Route path="/sign-up" element={<SignUpPage />} />
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/verify-email" element={<VerifyEmailPage />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
              <Route path="/capabilities" element={<VocabularyPage />} />
              <Route path="/transit" element={<TransitPage />} />
              <Route path="/directory" element={<DirectoryPage />} />
              <Route path="/search" element={<SearchPage />} />
              <Route path="/suppliers/:supplierId" element={<SupplierPublicPage />} />
              <Route path="/suppliers/:supplierId/claim" element={signedIn(<ClaimListingPage />)} />
              <Route path="/supplier-profile" element={signedIn(<SupplierProfilePage />)} />
              <Route path="/home" element={signedIn(<HomePage />)} />
              <Route path="/profile" element={signedIn(<ProfilePage />)} />
              <Route path="/team" element={signedIn(<TeamPage />)} />
              <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
              <Route path="/opportunities" element={signedIn(<OpportunitiesPage />)} />
              <Route path="/opportunities/:rfqId" element={signedIn(<OpportunityPage />)} />
              <Route path="/opportunities/:rfqId/quote" element={signedIn(<QuoteFormPage />)} />
              <Route path="/rfqs" element={signedIn(<RfqListPage />)} />
              <Route path="/rfqs/new" element={signedIn(<RfqEditPage />)} />
              <Route path="/rfqs/:rfqId" element={signedIn(<RfqDetailPage />)} />
              <Route path="/rfqs/:rfqId/edit" element={signedIn(<RfqEditPage />)} />
              <Route path="/rfqs/:rfqId/compare" element={signedIn(<RfqComparePage />)} />
              <Route path="/rfqs/:rfqId/ratings/:quoteId" element={signedIn(<RfqRatingPage />)} />
              <Route path="/ratings" element={signedIn(<SupplierRatingsPage />)} />
              <Route path="/rfqs/:rfqId/compare/print" element={signedIn(<RfqComparePrintPage />)} />
              <Route path="/admin" element={<Navigate to="/admin/audit" replace />} />
              <Route path="/admin/audit" element={signedIn(<AdminAuditPage />, true)} />
              <Route path="/admin/reviews" element={signedIn(<AdminReviewsPage />, true)} />
              <Route path="/admin/reviews/:id" element={signedIn(<AdminReviewPage />, true)} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Layout>
        </SessionProvider>
      </BrowserRouter>
    </MantineProvider>
  );
}
