// Brings jest-dom's matchers (toBeInTheDocument, toHaveTextContent, …) into the type of expect().
import '@testing-library/jest-dom';
